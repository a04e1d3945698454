using JanitorVideo.Render.Ffmpeg;

namespace JanitorVideo.Render.Pipeline;

/// <summary>A finished clip: the verified MP4, its preview images, and what the engine chose.</summary>
public sealed record RenderedClip(string Path, MediaProbe Probe, string PosterPath, string ContactSheetPath, string MotionName, TimeSpan Elapsed)
{
    /// <summary>Where the time went: decoding, preparing the scene, drawing and encoding the frames, finishing (flush, verify, previews).</summary>
    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases { get; init; } = [];
}
