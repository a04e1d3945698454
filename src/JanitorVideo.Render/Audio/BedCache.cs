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

    private static readonly Lock Gate = new();
    private static readonly LinkedList<(Key Key, byte[] Wav)> Beds = new();

    /// <summary>How many beds were handed out without being synthesised (for tests).</summary>
    public static int Hits { get; private set; }

    /// <summary>Writes the bed's WAV to <paramref name="output"/>, from memory when it was made lately.</summary>
    public static void WriteWav(MusicBed bed, double seconds, int seed, Stream output)
    {
        var key = new Key(bed, seconds, seed);
        byte[]? wav = null;
        lock (Gate)
        {
            for (var node = Beds.First; node is not null; node = node.Next)
            {
                if (node.Value.Key == key)
                {
                    wav = node.Value.Wav;
                    Beds.Remove(node);
                    Beds.AddFirst(node);
                    Hits++;
                    break;
                }
            }
        }

        if (wav is null)
        {
            using var made = new MemoryStream();
            MusicBeds.WriteWav(bed, seconds, made, seed);
            wav = made.ToArray();
            Keep(key, wav);
        }

        output.Write(wav);
    }

    private static void Keep(Key key, byte[] wav)
    {
        lock (Gate)
        {
            if (Beds.Any(kept => kept.Key == key))
            {
                return;
            }

            Beds.AddFirst((key, wav));
            long total = 0;
            for (var node = Beds.First; node is not null;)
            {
                var next = node.Next;
                total += node.Value.Wav.Length;
                if (total > BudgetBytes)
                {
                    Beds.Remove(node);
                }

                node = next;
            }
        }
    }

    private readonly record struct Key(MusicBed Bed, double Seconds, int Seed);
}
