using JanitorVideo.Core.Media;
using JanitorVideo.Render.Framing;

namespace JanitorVideo.Studio.Media;

/// <summary>
/// What checking a file learned: its kind (a video container holding only sound is audio) and
/// its measurements. Images have a frame count (more than one when animated, with the length of
/// one pass in <see cref="DurationSeconds"/>); video has all of them; audio only a duration.
/// A still picture also has its subject's shape, for framing (<see cref="Framing"/>).
/// </summary>
internal sealed record MediaFacts(
    MediaKind Kind,
    int? Width,
    int? Height,
    double? DurationSeconds,
    double? Fps,
    int? FrameCount,
    bool HasThumbnail,
    FramingFacts? Framing = null)
{
    /// <summary>The kind as records store it: "image", "video" or "audio".</summary>
    public string KindName => Kind.ToString().ToLowerInvariant();
}
