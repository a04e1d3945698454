using System.Globalization;
using System.Text;

namespace JanitorVideo.Render.Audio;

/// <summary>
/// The built-in music beds: their names, the words that choose them, and their audio, synthesized
/// deterministically by our own code (the same bed, length and seed always give the same bytes).
/// </summary>
public static class MusicBeds
{
    /// <summary>The longest bed <see cref="WriteWav"/> makes, in seconds.</summary>
    public const double MaxSeconds = 300;

    /// <summary>Every bed with its short name (what a user types) and a plain description.</summary>
    public static IReadOnlyList<(MusicBed Bed, string Name, string Description)> All { get; } =
    [
        (MusicBed.LoFi, "lo-fi", "Built-in lo-fi bed: mellow jazzy electric-piano chords at 75 bpm, soft kick and hats, a little vinyl noise."),
        (MusicBed.Ambient, "ambient", "Built-in ambient bed: slow, evolving pads with a soft bell shimmer and no drums."),
        (MusicBed.Epic, "epic", "Built-in epic bed: low drums and swelling string-like pads in a minor key at 90 bpm."),
        (MusicBed.Cute, "cute", "Built-in cute bed: a plucky, bouncy major melody at 120 bpm with light claps."),
    ];

    /// <summary>The short name of a bed ("lo-fi", "ambient", "epic", "cute").</summary>
    public static string NameOf(MusicBed bed) => All.First(entry => entry.Bed == bed).Name;

    /// <summary>
    /// Finds the bed named in a user's words ("lofi", "chill beats", "cinematic", "可爱的音乐").
    /// When several beds are named, the first one mentioned wins.
    /// </summary>
    public static bool TryParse(string words, out MusicBed bed)
    {
        bed = default;
        if (string.IsNullOrWhiteSpace(words))
        {
            return false;
        }

        var text = Normalize(words);
        var best = int.MaxValue;
        foreach (var (candidate, word) in MusicBedWords.Table)
        {
            var at = IsLatin(word) ? text.IndexOf($" {word} ", StringComparison.Ordinal) : text.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && at < best)
            {
                best = at;
                bed = candidate;
            }
        }

        return best != int.MaxValue;
    }

    /// <summary>
    /// Writes <paramref name="seconds"/> of the bed as a 16-bit stereo PCM WAV file. The bed is a
    /// loop of whole bars, so any stretch of it continues the music seamlessly. Its few loudest
    /// peaks are rounded off and it is normalised to a peak of -3 dBFS, so it never clips.
    /// </summary>
    public static void WriteWav(MusicBed bed, double seconds, Stream output, int seed = 0, int sampleRate = 48000)
    {
        ArgumentNullException.ThrowIfNull(output);
        var samples = Synthesize(bed, seconds, seed, sampleRate);
        PcmWavWriter.Write(output, samples, sampleRate);
    }

    /// <summary>The normalised samples of a bed, as <see cref="WriteWav"/> writes them.</summary>
    internal static StereoSamples Synthesize(MusicBed bed, double seconds, int seed, int sampleRate)
    {
        if (!Enum.IsDefined(bed))
        {
            throw new ArgumentOutOfRangeException(nameof(bed), bed, "Not a built-in bed.");
        }

        if (!double.IsFinite(seconds) || seconds <= 0 || seconds > MaxSeconds)
        {
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds, string.Create(CultureInfo.InvariantCulture, $"A bed lasts more than 0 and at most {MaxSeconds} seconds."));
        }

        if (sampleRate is < 8000 or > 192000)
        {
            throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, "The sample rate must be between 8000 and 192000 Hz.");
        }

        var score = BedScores.Compose(bed, seed);
        var samples = BedRenderer.Render(score, seconds, sampleRate, SeededRandom.Mix((ulong)(uint)seed, (ulong)bed + 1));
        PeakNormalizer.Normalize(samples, 1);
        SoftClipper.Apply(samples, 0.5);
        PeakNormalizer.Normalize(samples, PeakNormalizer.MinusThreeDbfs);
        return samples;
    }

    /// <summary>Lower case, with every run of punctuation or spaces turned into one space, padded.</summary>
    private static string Normalize(string words)
    {
        var builder = new StringBuilder(words.Length + 2).Append(' ');
        foreach (var c in words.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder[^1] == ' ' ? builder.ToString() : builder.Append(' ').ToString();
    }

    private static bool IsLatin(string word) => word.All(c => c < 0x2E80);
}
