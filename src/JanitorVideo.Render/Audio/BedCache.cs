namespace JanitorVideo.Render.Audio;

/// <summary>
/// The WAV files of the built-in beds made lately, kept in memory by bed, length and seed: a bed is
/// synthesised once (a fifth of a second of CPU for 5 s of music), not at every render of a clip
/// whose music did not change. The same bytes either way: synthesis is deterministic. A few are
/// kept, most recently used first, within a budget; a bed longer than the budget is made each time.
/// </summary>
internal static class BedCache
{
    /// <summary>About three minutes of 48 kHz stereo.</summary>
    private const long BudgetBytes = 32L * 1024 * 1024;

    private static readonly RecentBytes<Key> Beds = new(BudgetBytes);

    /// <summary>How many beds were handed out without being synthesised (for tests).</summary>
    public static int Hits => Beds.Hits;

    /// <summary>Writes the bed's WAV to <paramref name="output"/>, from memory when it was made lately.</summary>
    public static void WriteWav(MusicBed bed, double seconds, int seed, Stream output)
    {
        var key = new Key(bed, seconds, seed);
        if (!Beds.TryGet(key, out var wav))
        {
            using var made = new MemoryStream();
            MusicBeds.WriteWav(bed, seconds, made, seed);
            wav = made.ToArray();
            Beds.Keep(key, wav);
        }

        output.Write(wav);
    }

    private readonly record struct Key(MusicBed Bed, double Seconds, int Seed);
}
