namespace JanitorVideo.Core.Drafts;

/// <summary>
/// The track half of <see cref="DraftDiff"/>: pairs the k-th track of each type before and after,
/// then pairs their segments by position.
/// </summary>
internal static class TrackComparer
{
    public static void Compare(IReadOnlyList<DraftTrack> before, IReadOnlyList<DraftTrack> after, List<DraftChange> changes)
    {
        var unmatched = before.ToList();
        foreach (var afterTrack in after)
        {
            // The first unmatched track of the same type is the k-th one, since matches go in order.
            var beforeTrack = unmatched.Find(track => track.TypeCode == afterTrack.TypeCode);
            if (beforeTrack is null)
            {
                changes.Add(new DraftChange(
                    DraftChangeKind.TrackAdded,
                    $"Track added: {DraftWording.TrackLabel(afterTrack)} {DraftWording.Items(afterTrack, quoteNames: true)}"));
                continue;
            }

            unmatched.Remove(beforeTrack);
            CompareSegments(beforeTrack, afterTrack, changes);
        }

        foreach (var removed in unmatched)
        {
            changes.Add(new DraftChange(DraftChangeKind.TrackRemoved, $"{DraftWording.TrackNoun(removed)} removed"));
        }
    }

    private static void CompareSegments(DraftTrack before, DraftTrack after, List<DraftChange> changes)
    {
        var shared = Math.Min(before.Segments.Count, after.Segments.Count);
        for (var i = 0; i < shared; i++)
        {
            SegmentComparer.Compare(before, before.Segments[i], after, after.Segments[i], changes);
        }

        foreach (var added in after.Segments.Skip(shared))
        {
            changes.Add(new DraftChange(
                DraftChangeKind.SegmentAdded,
                $"{DraftWording.SegmentNoun(after, added)} added: {DraftWording.Item(after, added, quoteNames: false, includeVolume: true)}"));
        }

        foreach (var removed in before.Segments.Skip(shared))
        {
            changes.Add(new DraftChange(
                DraftChangeKind.SegmentRemoved,
                $"{DraftWording.SegmentNoun(before, removed)} removed: {DraftWording.Item(before, removed, quoteNames: false, includeVolume: false)}"));
        }
    }
}
