using JanitorVideo.Core.Drafts;
using JanitorVideo.Render.Text;
using JanitorVideo.Studio.Agent;

namespace JanitorVideo.Studio.Rendering;

/// <summary>
/// A text of the draft on the finished video's timeline, in seconds. A shot shows the part that
/// falls inside it, shifted to the shot's own time; where the text carries on across a cut it
/// neither fades out before the cut nor in after it, so it reads as one text.
/// </summary>
internal sealed record TimelineText(string Text, TextRole Role, TextPlacement Placement, double StartSeconds, double EndSeconds)
{
    // Shot edges are frame counts over a frame rate; a text written in whole ms may miss them by rounding.
    private const double Tolerance = 1e-6;

    /// <summary>
    /// The text segments of every text track: words, style (a segment without one is a title, as the
    /// studio's editor treats it), placement (titles at the top, others at the bottom unless
    /// <c>fx.placement</c> says) and times cut to the clip. A text without a length lasts to the end.
    /// </summary>
    public static IReadOnlyList<TimelineText> Read(Draft draft, double clipSeconds)
    {
        var texts = new List<TimelineText>();
        foreach (var segment in draft.Tracks.Where(track => track.Kind == TrackKind.Text).SelectMany(track => track.Segments))
        {
            if (string.IsNullOrWhiteSpace(segment.Text))
            {
                continue;
            }

            var start = Math.Max(0, (segment.StartMs ?? 0) / 1000.0);
            var end = Math.Min(clipSeconds, segment.DurationMs is { } ms ? start + (ms / 1000.0) : clipSeconds);
            if (end > start)
            {
                var role = RoleOf(segment.Style);
                var placement = DraftValues.Text(segment.GetEffects() ?? [], DraftConventions.PlacementKey);
                texts.Add(new TimelineText(segment.Text, role, PlacementOf(placement, role), start, end));
            }
        }

        return texts;
    }

    /// <summary>"title", "subtitle", "caption"; missing is a title, anything else a caption.</summary>
    public static TextRole RoleOf(string? style) => style?.Trim().ToLowerInvariant() switch
    {
        null or "title" => TextRole.Title,
        "subtitle" => TextRole.Subtitle,
        _ => TextRole.Caption,
    };

    /// <summary>"top", "center" (or "middle"), "bottom"; otherwise titles go to the top and the rest to the bottom.</summary>
    public static TextPlacement PlacementOf(string? placement, TextRole role) => placement?.Trim().ToLowerInvariant() switch
    {
        "top" => TextPlacement.Top,
        "center" or "centre" or "middle" => TextPlacement.Center,
        "bottom" => TextPlacement.Bottom,
        _ => role == TextRole.Title ? TextPlacement.Top : TextPlacement.Bottom,
    };

    /// <summary>
    /// The part of the text inside the shot [<paramref name="shotStart"/>, <paramref name="shotEnd"/>),
    /// in the shot's time; null when less than <paramref name="shortestSeconds"/> of it falls inside.
    /// </summary>
    public TextLayerSpec? Within(double shotStart, double shotEnd, double shortestSeconds)
    {
        var from = Math.Max(StartSeconds, shotStart);
        var to = Math.Min(EndSeconds, shotEnd);
        if (to - from < shortestSeconds - Tolerance)
        {
            return null;
        }

        var carriedIn = StartSeconds < shotStart - Tolerance;
        var carriedOn = EndSeconds > shotEnd + Tolerance;
        return new TextLayerSpec(
            Text,
            Role,
            Math.Max(0, from - shotStart),
            Math.Min(shotEnd, to) - shotStart,
            Placement,
            In: carriedIn ? TextMotion.None : TextMotion.Fade,
            Out: carriedOn ? TextMotion.None : TextMotion.Fade);
    }
}
