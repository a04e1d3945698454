using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Pipeline;

namespace JanitorVideo.Studio.Rendering;

/// <summary>A finished render: the MP4 and what ffprobe says of it, plus its previews.</summary>
public sealed record RenderedDraft(string OutputPath, MediaProbe Probe, string? PosterPath, string? SheetPath)
{
    /// <summary>Where the engine's time went, the shots' phases added up when there were several.</summary>
    public RenderPhases Phases { get; init; } = new();

    /// <summary>Joining several shots into the one MP4 (zero for a single clip).</summary>
    public TimeSpan Join { get; init; }
}
