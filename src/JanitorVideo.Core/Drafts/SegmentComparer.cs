using System.Text.Json.Nodes;

namespace JanitorVideo.Core.Drafts;

/// <summary>
/// Compares two segments at the same position of matched tracks, one change per aspect the user
/// can see: media, text, style, timing, volume, effects.
/// </summary>
internal static class SegmentComparer
{
    public static void Compare(
        DraftTrack beforeTrack, DraftSegment before, DraftTrack afterTrack, DraftSegment after, List<DraftChange> changes)
    {
        var noun = DraftWording.SegmentNoun(afterTrack, after);

        // On a text track the text is what shows, so only media or names elsewhere mean "replaced".
        var nameChanged = afterTrack.Kind != TrackKind.Text && !string.Equals(before.Name, after.Name, StringComparison.Ordinal);
        if (nameChanged || !RawEquals(before, after, DraftKeys.Source))
        {
            var was = DraftWording.Display(beforeTrack, before, quoteNames: false);
            var now = DraftWording.Display(afterTrack, after, quoteNames: false);
            Add(changes, DraftChangeKind.SegmentReplaced, was == now ? $"{noun} replaced: {now} (new media)" : $"{noun} replaced: {was} → {now}");
        }

        if (!string.Equals(before.Text, after.Text, StringComparison.Ordinal))
        {
            Add(changes, DraftChangeKind.TextChanged, $"{noun} text changed: {DraftWording.QuoteOrNone(before.Text)} → {DraftWording.QuoteOrNone(after.Text)}");
        }

        if (!string.Equals(before.Style, after.Style, StringComparison.Ordinal))
        {
            var subject = afterTrack.Kind == TrackKind.Text ? "Text" : noun;
            Add(changes, DraftChangeKind.StyleChanged, $"{subject} style changed: {DraftWording.ClipOrNone(before.Style)} → {DraftWording.ClipOrNone(after.Style)}");
        }

        CompareTiming(noun, before, after, changes);

        if (before.Volume != after.Volume)
        {
            Add(changes, DraftChangeKind.VolumeChanged, $"{noun} volume changed: {VolumeOrDefault(before.Volume)} → {VolumeOrDefault(after.Volume)}");
        }

        if (!RawEquals(before, after, DraftKeys.Effects))
        {
            Add(changes, DraftChangeKind.EffectsChanged,
                $"{noun} effects changed: {DraftWording.Item(afterTrack, after, quoteNames: false, includeVolume: false)}");
        }
    }

    private static void CompareTiming(string noun, DraftSegment before, DraftSegment after, List<DraftChange> changes)
    {
        var ranges = $"{DraftWording.Range(before) ?? DraftWording.None} → {DraftWording.Range(after) ?? DraftWording.None}";
        if (before.DurationMs != after.DurationMs)
        {
            var verb = (before.DurationMs, after.DurationMs) switch
            {
                ({ } was, { } now) when now < was => "trimmed",
                ({ }, { }) => "extended",
                _ => "retimed",
            };
            Add(changes, DraftChangeKind.SegmentResized, $"{noun} {verb}: {ranges}");
        }
        else if ((before.StartMs ?? 0) != (after.StartMs ?? 0))
        {
            Add(changes, DraftChangeKind.SegmentMoved, $"{noun} moved: {ranges}");
        }
    }

    private static bool RawEquals(DraftSegment before, DraftSegment after, string key) =>
        JsonNode.DeepEquals(Raw(before, key), Raw(after, key));

    private static JsonNode? Raw(DraftSegment segment, string key) =>
        segment.Node.TryGetPropertyValue(key, out var value) ? value : null;

    private static string VolumeOrDefault(double? volume) => volume is { } percent ? DraftWording.Percent(percent) : "default";

    private static void Add(List<DraftChange> changes, DraftChangeKind kind, string description) =>
        changes.Add(new DraftChange(kind, description));
}
