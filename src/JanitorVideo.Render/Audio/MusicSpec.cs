using System.Globalization;

namespace JanitorVideo.Render.Audio;

/// <summary>
/// The music under a clip: either an uploaded track (<paramref name="FilePath"/>: mp3, wav, m4a,
/// aac) or a built-in <paramref name="Bed"/>, never both. The track is trimmed at
/// <paramref name="TrimStartSeconds"/>, looped when shorter than the clip, cut at the clip's end,
/// scaled by <paramref name="Volume"/> (1 = as recorded) and faded in and out; the fade-out ends
/// exactly where the clip ends.
/// </summary>
public sealed record MusicSpec(
    string? FilePath,
    MusicBed? Bed,
    double Volume = 0.35,
    double FadeInSeconds = 1,
    double FadeOutSeconds = 1.5,
    double TrimStartSeconds = 0)
{
    /// <summary>The loudest volume accepted: four times as loud as recorded.</summary>
    public const double MaxVolume = 4;

    /// <summary>The longest fade accepted, in seconds.</summary>
    public const double MaxFadeSeconds = 30;

    /// <summary>Which variation of a built-in bed plays (chords, melody, drum feel); ignored for files.</summary>
    public int BedSeed { get; init; }

    /// <summary>Music from an uploaded audio file.</summary>
    public static MusicSpec FromFile(string filePath) => new(filePath, null);

    /// <summary>A built-in bed.</summary>
    public static MusicSpec FromBed(MusicBed bed) => new(null, bed);

    /// <summary>Throws <see cref="RenderInputException"/> when the spec cannot be used.</summary>
    internal void Validate()
    {
        var hasFile = !string.IsNullOrWhiteSpace(FilePath);
        if (hasFile == Bed.HasValue)
        {
            throw new RenderInputException(hasFile
                ? "Choose either a music file or a built-in bed, not both."
                : "No music was chosen: give an audio file (mp3, wav, m4a, aac) or a built-in bed (lo-fi, ambient, epic, cute).");
        }

        if (Bed is { } bed && !Enum.IsDefined(bed))
        {
            throw new RenderInputException($"There is no built-in bed number {(int)bed}: choose lo-fi, ambient, epic or cute.");
        }

        RequireRange(Volume, 0, MaxVolume, "Music volume", "1 = as recorded, 0.35 = under a voice");
        RequireRange(FadeInSeconds, 0, MaxFadeSeconds, "The music fade-in", "in seconds");
        RequireRange(FadeOutSeconds, 0, MaxFadeSeconds, "The music fade-out", "in seconds");
        RequireRange(TrimStartSeconds, 0, double.MaxValue, "The music start offset", "seconds into the track");
    }

    private static void RequireRange(double value, double min, double max, string what, string hint)
    {
        if (!double.IsFinite(value) || value < min || value > max)
        {
            var range = max == double.MaxValue
                ? string.Create(CultureInfo.InvariantCulture, $"at least {min}")
                : string.Create(CultureInfo.InvariantCulture, $"between {min} and {max}");
            throw new RenderInputException(string.Create(
                CultureInfo.InvariantCulture, $"{what} must be {range} ({hint}); got {value}."));
        }
    }
}
