using JanitorVideo.Core.Media;
using JanitorVideo.Render;
using JanitorVideo.Render.Ffmpeg;

namespace JanitorVideo.Studio.Rendering;

/// <summary>
/// Checks, before anything is drawn, that every picture and the music are still on disk, and what
/// each picture is. A video on the timeline is animated from its first frame, taken as a PNG into
/// the render's scratch folder; anything else that is not a picture is refused.
/// </summary>
internal static class ShotMedia
{
    /// <returns>The plan with each shot's image path pointing at a picture the engine can decode.</returns>
    /// <exception cref="Core.Errors.VideoBackendException">A file is gone, or is not a picture or video.</exception>
    public static async Task<DraftRenderPlan> PrepareAsync(DraftRenderPlan plan, string scratchFolder, FfmpegTools tools, CancellationToken cancellationToken)
    {
        var stills = new Dictionary<string, string>(StringComparer.Ordinal);
        var shots = new List<PlannedShot>(plan.Shots.Count);
        for (var i = 0; i < plan.Shots.Count; i++)
        {
            var shot = plan.Shots[i];
            var path = shot.Plan.ImagePath;
            if (!File.Exists(path))
            {
                throw RenderRefusals.MissingImage(shot.Name);
            }

            switch ((await SniffAsync(path, cancellationToken))?.Kind)
            {
                case MediaKind.Image:
                    shots.Add(shot);
                    break;
                case MediaKind.Video:
                    if (!stills.TryGetValue(path, out var still))
                    {
                        still = Path.Combine(scratchFolder, $"still-{i:000}.png");
                        await ExtractAsync(shot, still, tools, cancellationToken);
                        stills[path] = still;
                    }

                    shots.Add(shot with { Plan = shot.Plan with { ImagePath = still } });
                    break;
                default:
                    throw RenderRefusals.NotAPicture(shot.Name);
            }
        }

        if (plan.Music is { Spec.FilePath: { } track } music && !File.Exists(track))
        {
            throw RenderRefusals.MissingMusic(music.Name);
        }

        return plan with { Shots = shots };
    }

    private static async Task ExtractAsync(PlannedShot shot, string still, FfmpegTools tools, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(still)!);
        try
        {
            await FfmpegStill.ExtractFirstFrameAsync(shot.Plan.ImagePath, still, tools, cancellationToken);
        }
        catch (RenderInputException e)
        {
            throw RenderRefusals.UnreadableVideo(shot.Name, e);
        }
    }

    private static async Task<MediaFormat?> SniffAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, MediaFormats.SniffLength, FileOptions.Asynchronous);
        var head = new byte[MediaFormats.SniffLength];
        var read = await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return MediaFormats.Sniff(head.AsSpan(0, read));
    }
}
