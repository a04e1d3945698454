using JanitorVideo.Core.Drafts;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Text;
using JanitorVideo.Studio.Agent;

namespace JanitorVideo.Studio.Rendering;

/// <summary>
/// Whether a submitted draft can be rendered, answered at submit rather than when a worker takes it:
/// every length is more than 0 and every start at least 0, every image and music names its source,
/// that source is a file of the project (or a built-in bed), and the planner accepts the rest. Pure:
/// the project's files are looked up through <c>mediaPath</c>.
/// </summary>
internal static class DraftValidation
{
    /// <param name="draft">The draft as submitted.</param>
    /// <param name="mediaPath">The path of a media id of the render's project; null when the project has no such file.</param>
    /// <param name="quality">The quality asked for.</param>
    /// <returns>The render's plan (its frame size, rate and shots), for the queue's limits.</returns>
    /// <exception cref="VideoBackendException">What is wrong, in plain words (invalid input, or nothing to export).</exception>
    public static DraftRenderPlan Validate(Draft draft, Func<string, string?> mediaPath, string? quality)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(mediaPath);
        foreach (var track in draft.Tracks)
        {
            for (var i = 0; i < track.Segments.Count; i++)
            {
                Check(track.Kind, i + 1, track.Segments[i], mediaPath);
            }
        }

        if (draft.DurationMs <= 0)
        {
            throw Refuse($"The draft's length (\"{DraftKeys.Duration}\") is {draft.DurationMs} ms; it must be more than 0.");
        }

        // What the worker would refuse later (no image, an unknown music bed…) is refused now.
        return DraftPlanner.Plan(draft, mediaPath, quality);
    }

    private static void Check(TrackKind kind, int position, DraftSegment segment, Func<string, string?> mediaPath)
    {
        var item = kind switch
        {
            TrackKind.Video => $"Image {position} on the timeline",
            TrackKind.Audio => $"Music {position} on the timeline",
            TrackKind.Text => $"Text {position} on the timeline",
            _ => $"Item {position} of an unknown track",
        };
        if (segment.GetRaw(DraftKeys.Duration) is not null && segment.DurationMs is null)
        {
            throw Refuse($"{item} has a length (\"{DraftKeys.Duration}\") that is not a number of milliseconds.");
        }

        if (segment.DurationMs <= 0)
        {
            throw Refuse($"{item} lasts {segment.DurationMs} ms; every item on the timeline must last more than 0 ms.");
        }

        if (segment.StartMs < 0)
        {
            throw Refuse($"{item} starts at {segment.StartMs} ms; the timeline starts at 0.");
        }

        if (kind is not (TrackKind.Video or TrackKind.Audio))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(segment.Source))
        {
            throw kind == TrackKind.Video
                ? RenderRefusals.ImageWithoutPicture(position)
                : Refuse($"{item} has no source (\"{DraftKeys.Source}\"): name an uploaded audio file or a built-in bed (lo-fi, ambient, epic, cute).");
        }

        var isBed = kind == TrackKind.Audio && segment.Source.StartsWith(DraftConventions.BedPrefix, StringComparison.Ordinal);
        if (!isBed && string.IsNullOrEmpty(mediaPath(segment.Source)))
        {
            throw Refuse($"{item} uses '{UserText.Shorten(segment.Source)}', which is not a file of this project: upload the file to this project, then place it again.");
        }
    }

    private static VideoBackendException Refuse(string words) => new(ErrorKind.InvalidInput, words, "draft refused at submit");
}
