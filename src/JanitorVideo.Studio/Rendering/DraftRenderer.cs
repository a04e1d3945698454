#pragma warning disable CS9113 // a stub until its helper lands
using JanitorVideo.Core.Drafts;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Text;

namespace JanitorVideo.Studio.Rendering;

/// <summary>Renders a studio draft (see <see cref="Agent.DraftConventions"/>) to a verified MP4.</summary>
public sealed class DraftRenderer(FfmpegTools tools, Func<FontCatalog>? fonts = null)
{
    /// <summary>Renders <paramref name="draft"/>; <paramref name="mediaPath"/> gives the full path of a media id (null when unknown).</summary>
    /// <param name="progress">Percent done, 0–100.</param>
    public Task<RenderedDraft> RenderAsync(Draft draft, Func<string, string?> mediaPath, string outputPath, string quality,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}

/// <summary>A finished render: the MP4 and what ffprobe says of it, plus its previews.</summary>
public sealed record RenderedDraft(string OutputPath, MediaProbe Probe, string? PosterPath, string? SheetPath);
