using System.Diagnostics;
using System.Globalization;
using JanitorVideo.Core.Drafts;
using JanitorVideo.Core.Errors;
using JanitorVideo.Render;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Pipeline;
using JanitorVideo.Render.Planning;
using JanitorVideo.Render.Text;

namespace JanitorVideo.Studio.Rendering;

/// <summary>
/// Renders a studio draft (see <see cref="Agent.DraftConventions"/>) to a verified MP4. One image is
/// one clip of the engine. Several are rendered shot by shot into a scratch folder beside the
/// output, then joined without re-encoding, with the music laid over the whole in the same pass.
/// Nothing but the finished MP4 and its previews is left behind, whether the render succeeds,
/// fails or is cancelled.
/// </summary>
public sealed class DraftRenderer(FfmpegTools tools, Func<FontCatalog>? fonts = null)
{
    // Of the 100 percent, what drawing and encoding the frames is worth; the rest is the join and its check.
    private const int SingleClipShare = 99, ShotsShare = 95;

    private readonly ClipRenderer _clips = new(tools, fonts);

    /// <summary>Renders <paramref name="draft"/>; <paramref name="mediaPath"/> gives the full path of a media id (null when unknown).</summary>
    /// <param name="quality">"high", "standard" or "draft" (see <see cref="RenderQualities"/>); other words get the default.</param>
    /// <param name="progress">Percent done, 0–100, only ever rising; 100 once the MP4 is in place.</param>
    /// <exception cref="VideoBackendException">
    /// <see cref="ErrorKind.NothingToExport"/> without an image; <see cref="ErrorKind.InvalidInput"/> for media the
    /// project no longer has or that is not a picture; <see cref="ErrorKind.RenderFailed"/> when the engine or FFmpeg fails.
    /// </exception>
    /// <exception cref="OperationCanceledException">Cancelled; nothing was written.</exception>
    public async Task<RenderedDraft> RenderAsync(Draft draft, Func<string, string?> mediaPath, string outputPath, string quality,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(mediaPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        cancellationToken.ThrowIfCancellationRequested();

        var plan = DraftPlanner.Plan(draft, mediaPath, quality);
        var output = Path.GetFullPath(outputPath);
        var scratch = Path.Combine(
            Path.GetDirectoryName(output) ?? throw new ArgumentException("The output path has no folder.", nameof(outputPath)),
            string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(output)}.{Guid.NewGuid().ToString("N")[..12]}.shots"));
        var percent = new RenderPercent(progress, plan.FrameCount, plan.Shots.Count == 1 ? SingleClipShare : ShotsShare);
        percent.Report(0);
        try
        {
            plan = await ShotMedia.PrepareAsync(plan, scratch, tools, cancellationToken);
            var rendered = plan.SingleClip is { } clip
                ? await RenderClipAsync(clip, output, percent, cancellationToken)
                : await RenderShotsAsync(plan, output, scratch, percent, cancellationToken);
            percent.Report(100);
            return rendered;
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested && e is not OperationCanceledException)
        {
            // A shot stopped by its progress report (see ShotProgress) may surface as FFmpeg stopping early.
            throw new OperationCanceledException("The render was cancelled; nothing was saved.", e, cancellationToken);
        }
        catch (RenderInputException e)
        {
            throw new VideoBackendException(ErrorKind.RenderFailed, e.Message, inner: e);
        }
        catch (FfmpegFailedException e)
        {
            // FFmpeg's own words are for the log, not the user.
            throw new VideoBackendException(ErrorKind.RenderFailed, ErrorCatalogue.Explain(ErrorKind.RenderFailed), e.Message, e);
        }
        finally
        {
            DeleteQuietly(scratch);
        }
    }

    private async Task<RenderedDraft> RenderClipAsync(AnimationPlan clip, string output, RenderPercent percent, CancellationToken cancellationToken)
    {
        // No token: ShotProgress stops the shot (see there why).
        var rendered = await _clips.RenderAsync(clip, output, new ShotProgress(percent, 0, cancellationToken), CancellationToken.None);
        return new RenderedDraft(rendered.Path, rendered.Probe, rendered.PosterPath, rendered.ContactSheetPath) { Phases = rendered.Phases };
    }

    private async Task<RenderedDraft> RenderShotsAsync(DraftRenderPlan plan, string output, string scratch, RenderPercent percent, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(scratch);
        var shots = new List<RenderedClip>(plan.Shots.Count);
        var framesBefore = 0;
        for (var i = 0; i < plan.Shots.Count; i++)
        {
            var shot = plan.Shots[i].Plan;
            var shotPath = Path.Combine(scratch, string.Create(CultureInfo.InvariantCulture, $"shot-{i:000}.mp4"));
            shots.Add(await _clips.RenderAsync(shot, shotPath, new ShotProgress(percent, framesBefore, cancellationToken), CancellationToken.None));
            cancellationToken.ThrowIfCancellationRequested();
            framesBefore += shot.FrameCount;
        }

        var joining = Stopwatch.GetTimestamp();
        var probe = await FfmpegJoiner.JoinAsync([.. shots.Select(shot => shot.Path)], plan.JoinSettings, output, tools, cancellationToken);
        var (poster, sheet) = ShotPreviews.Write(shots, output);
        return new RenderedDraft(output, probe, poster, sheet)
        {
            Phases = shots.Aggregate(new RenderPhases(), (sum, shot) => sum.Plus(shot.Phases)),
            Join = Stopwatch.GetElapsedTime(joining),
        };
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Something still holds a file; the folder is named as scratch and holds nothing the user made.
        }
    }
}
