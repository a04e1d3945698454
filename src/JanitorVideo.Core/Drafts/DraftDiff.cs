using System.Globalization;
using System.Text.Json.Nodes;

namespace JanitorVideo.Core.Drafts;

/// <summary>
/// Tells the user what an edit did, by comparing the draft before it with the draft after it;
/// used when the agent finishes an edit without saying anything.
/// </summary>
/// <remarks>
/// Matching is by position, so the result is predictable: the k-th track of a type before is
/// compared with the k-th track of the same type after (a removed BGM track does not shift the
/// title track), and within a matched pair of tracks the i-th segment is compared with the i-th
/// segment. Extra tracks or segments are reported as added or removed. Changes come in track
/// order, then the project title, canvas, frame rate and duration. When nothing the model
/// understands changed but the JSON did, a single "Timeline changed" is reported; numbers compare
/// by value there, so 30 and 30.0 are no change.
/// </remarks>
public static class DraftDiff
{
    /// <summary>The answer of <see cref="Describe"/> when the drafts show no difference.</summary>
    public const string NoChange = "No visible change to the timeline.";

    private const int MaxDescribedChanges = 10;

    /// <summary>The changes from <paramref name="before"/> to <paramref name="after"/>, empty when there are none.</summary>
    public static IReadOnlyList<DraftChange> Compare(Draft before, Draft after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);

        var changes = new List<DraftChange>();
        TrackComparer.Compare(before.Tracks, after.Tracks, changes);
        MetadataComparer.Compare(before.Metadata, after.Metadata, changes);
        var (durationBefore, durationAfter) = (Duration(before), Duration(after));
        if (durationBefore != durationAfter)
        {
            changes.Add(new DraftChange(DraftChangeKind.DurationChanged, $"Duration changed: {durationBefore} → {durationAfter}"));
        }

        if (changes.Count == 0 && !JsonNode.DeepEquals(before.Root, after.Root))
        {
            changes.Add(new DraftChange(DraftChangeKind.TimelineChanged, "Timeline changed"));
        }

        return changes;
    }

    /// <summary>
    /// The changes as one paragraph for the user (at most 10, then "… and N more changes."),
    /// or <see cref="NoChange"/>.
    /// </summary>
    public static string Describe(Draft before, Draft after)
    {
        var changes = Compare(before, after);
        if (changes.Count == 0)
        {
            return NoChange;
        }

        var text = string.Join(". ", changes.Take(MaxDescribedChanges).Select(change => change.Description)) + ".";
        var hidden = changes.Count - MaxDescribedChanges;
        return hidden > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{text} … and {hidden} more {(hidden == 1 ? "change" : "changes")}.")
            : text;
    }

    // An empty timeline lasts 0s; one whose clips have no lengths has an unknown duration.
    private static string Duration(Draft draft) => draft.DurationMs is { } ms
        ? DraftWording.Seconds(ms)
        : draft.IsReadyForExport ? "unknown" : DraftWording.Seconds(0);
}
