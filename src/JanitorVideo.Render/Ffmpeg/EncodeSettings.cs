using JanitorVideo.Render.Audio;

namespace JanitorVideo.Render.Ffmpeg;

/// <summary>
/// What to encode: frame size (even numbers, as yuv420p requires), frame rate, how many frames,
/// the x264 speed and quality (CRF: 0 lossless to 51 worst; 18-23 is visually good), and the
/// music, if any.
/// </summary>
public sealed record EncodeSettings(
    int Width,
    int Height,
    int Fps,
    int FrameCount,
    EncodeQuality Quality = EncodeQuality.Standard,
    int Crf = 20,
    MusicSpec? Music = null)
{
    /// <summary>The largest width or height accepted.</summary>
    public const int MaxDimension = 8192;

    /// <summary>The bytes of one yuv420p frame: a full-size Y plane and quarter-size U and V planes.</summary>
    public int FrameBytes => Width * Height * 3 / 2;

    /// <summary>The clip's length in seconds.</summary>
    public double DurationSeconds => (double)FrameCount / Fps;

    /// <summary>The x264 preset for <see cref="Quality"/>.</summary>
    internal string Preset => Quality switch
    {
        EncodeQuality.Draft => "ultrafast",
        EncodeQuality.High => "medium",
        _ => "veryfast",
    };

    /// <summary>Throws <see cref="ArgumentException"/> for settings no encode can use.</summary>
    internal void Validate()
    {
        if (Width is < 2 or > MaxDimension || Height is < 2 or > MaxDimension || Width % 2 != 0 || Height % 2 != 0)
        {
            throw new ArgumentException($"Frames must be even-sized between 2 and {MaxDimension} pixels (yuv420p halves both); got {Width}x{Height}.", "settings");
        }

        if (Fps is < 1 or > 240)
        {
            throw new ArgumentException($"The frame rate must be between 1 and 240; got {Fps}.", "settings");
        }

        if (FrameCount < 1)
        {
            throw new ArgumentException($"A clip needs at least one frame; got {FrameCount}.", "settings");
        }

        if (Crf is < 0 or > 51)
        {
            throw new ArgumentException($"CRF must be between 0 and 51; got {Crf}.", "settings");
        }

        if (!Enum.IsDefined(Quality))
        {
            throw new ArgumentException($"Unknown encode quality {(int)Quality}.", "settings");
        }
    }
}
