using JanitorVideo.Render.Ffmpeg;

namespace JanitorVideo.Studio.Rendering;

/// <summary>A finished render: the MP4 and what ffprobe says of it, plus its previews.</summary>
public sealed record RenderedDraft(string OutputPath, MediaProbe Probe, string? PosterPath, string? SheetPath);
