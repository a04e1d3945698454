using System.Text.Json.Nodes;
using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// Keeps the timeline whole after an image is placed, removed or resized: images back to back
/// from 0, the draft's <c>d</c> at the clip's end, music covering the clip, and texts that ran to
/// the old end running to the new one (others are cut at the end; one that started after the new
/// end moves to the same place in proportion).
/// </summary>
internal static class TimelineFlow
{
    public static void Reflow(DraftTree tree, long previousEndMs)
    {
        var start = 0L;
        foreach (var image in tree.Images())
        {
            DraftValues.SetNumber(image, DraftKeys.Start, start);
            start += DraftValues.Milliseconds(image, DraftKeys.Duration) ?? 0;
        }

        var end = start;
        if (tree.Images().Count == 0)
        {
            tree.Root.Remove(DraftKeys.Duration);
            return;
        }

        DraftValues.SetNumber(tree.Root, DraftKeys.Duration, end);
        if (end == previousEndMs)
        {
            return;
        }

        foreach (var music in tree.TracksOf(TrackKind.Audio).SelectMany(DraftTree.Segments))
        {
            DraftTree.SetTimes(music, 0, end);
        }

        foreach (var text in tree.TracksOf(TrackKind.Text).SelectMany(DraftTree.Segments))
        {
            Follow(text, previousEndMs, end);
        }
    }

    private static void Follow(JsonObject text, long previousEndMs, long end)
    {
        var (from, to) = (DraftTree.Start(text), DraftTree.End(text));
        if (to == previousEndMs && previousEndMs > 0)
        {
            to = end;
        }

        to = Math.Min(to, end);
        if (from >= to)
        {
            // It started after the new end: keep its place in proportion ("over the second half").
            from = Math.Min(from * end / Math.Max(previousEndMs, 1), Math.Max(0, to - 1000));
        }

        DraftTree.SetTimes(text, from, to - from);
    }
}
