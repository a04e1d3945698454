namespace JanitorVideo.Render.Ffmpeg;

/// <summary>
/// What a video file holds, as ffprobe reports it (read from ffprobe's JSON, or from an MP4's boxes
/// by <see cref="Mp4.Mp4Probe"/>, which names things the same way). <see cref="DurationSeconds"/>,
/// <see cref="Fps"/> and <see cref="FrameCount"/> are the video stream's;
/// <see cref="AudioDurationSeconds"/> is the first audio stream's (0 without audio). The box reader
/// leaves <see cref="PixelFormat"/> empty for codecs other than H.264 and HEVC.
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
