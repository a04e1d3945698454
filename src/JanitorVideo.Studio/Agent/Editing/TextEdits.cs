using System.Text.Json.Nodes;
using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Studio.Agent;

/// <summary>The editor's text steps. Times are clamped to the clip; a clip has one title.</summary>
internal static class TextEdits
{
    private const string Title = "title";

    public static void Add(DraftTree tree, AddText step)
    {
        if (step.Style == Title && Matching(tree, Title).FirstOrDefault() is { } title)
        {
            Update(tree, title, step.Text, step.StartSeconds ?? 0, step.EndSeconds, step.Placement, defaultEnd: true);
            return;
        }

        var segment = new JsonObject { [DraftKeys.Start] = 0, [DraftKeys.Duration] = 0, [DraftKeys.Text] = step.Text, [DraftKeys.Style] = step.Style };
        DraftTree.SegmentArray(tree.EnsureTrack(TrackKind.Text)).Add(segment);
        Update(tree, segment, text: null, step.StartSeconds ?? 0, step.EndSeconds, step.Placement, defaultEnd: true);
    }

    public static void Change(DraftTree tree, ChangeText step)
    {
        var targets = Matching(tree, step.Style).ToList();
        if (targets.Count == 0)
        {
            if (step.Text is { } text)
            {
                Add(tree, new AddText(text, step.Style ?? "caption", step.StartSeconds, step.EndSeconds, step.Placement));
            }

            return;
        }

        foreach (var segment in targets)
        {
            // A new start without an end takes the style's usual length; otherwise untouched times stay.
            var end = step.EndSeconds ?? (step.StartSeconds is null ? DraftTree.End(segment) / 1000.0 : null);
            Update(tree, segment, step.Text, step.StartSeconds ?? DraftTree.Start(segment) / 1000.0, end, step.Placement, defaultEnd: true);
        }
    }

    public static void Remove(DraftTree tree, RemoveText step)
    {
        foreach (var track in tree.TracksOf(TrackKind.Text))
        {
            var segments = DraftTree.SegmentArray(track);
            var doomed = DraftTree.Segments(track).Where(segment => IsStyle(segment, step.Style)).ToList();
            foreach (var segment in doomed)
            {
                segments.Remove(segment);
            }

            // A text track emptied by this step goes too, so the timeline does not list an empty track.
            if (doomed.Count > 0 && segments.Count == 0)
            {
                tree.Tracks.Remove(track);
            }
        }
    }

    /// <summary>Sets words, times and placement; a missing end is the style's default (3 s for a title, else the clip's end).</summary>
    private static void Update(DraftTree tree, JsonObject segment, string? text, double startSeconds, double? endSeconds, string? placement, bool defaultEnd)
    {
        if (text is not null)
        {
            DraftValues.SetText(segment, DraftKeys.Text, text);
        }

        var clip = tree.ClipMs();
        var start = Math.Max(0, (long)Math.Round(startSeconds * 1000));
        var end = endSeconds is { } seconds
            ? (long)Math.Round(seconds * 1000)
            : defaultEnd && IsStyle(segment, Title) ? start + DraftConventions.DefaultTitleMs : clip;
        var length = Math.Max(end - start, 0);
        end = Math.Min(end, clip);
        if (start >= end)
        {
            // Asked for after the clip ends: show it for the same length at the end instead.
            start = Math.Max(0, end - Math.Max(length, 1000));
        }

        DraftTree.SetTimes(segment, start, end - start);
        if (placement is not null)
        {
            DraftValues.SetText(DraftTree.Effects(segment), DraftConventions.PlacementKey, placement);
        }
    }

    private static IEnumerable<JsonObject> Matching(DraftTree tree, string? style) =>
        tree.TracksOf(TrackKind.Text).SelectMany(DraftTree.Segments).Where(segment => IsStyle(segment, style));

    private static bool IsStyle(JsonObject segment, string? style) =>
        style is null || string.Equals(DraftValues.Text(segment, DraftKeys.Style) ?? Title, style, StringComparison.OrdinalIgnoreCase);
}
