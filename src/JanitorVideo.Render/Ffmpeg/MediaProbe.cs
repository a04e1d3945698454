namespace JanitorVideo.Render.Ffmpeg;

/// <summary>
/// What ffprobe reports about a video file. <see cref="DurationSeconds"/>, <see cref="Fps"/> and
/// <see cref="FrameCount"/> are the video stream's; <see cref="AudioDurationSeconds"/> is the
/// first audio stream's (0 without audio).
/// </summary>
public sealed record MediaProbe(
    string VideoCodec,
    string PixelFormat,
    int Width,
    int Height,
    double DurationSeconds,
    double Fps,
    int FrameCount,
    bool HasAudio,
    string? AudioCodec,
    long SizeBytes)
{
    /// <summary>The audio stream's length in seconds, 0 when there is no audio.</summary>
    public double AudioDurationSeconds { get; init; }
}
