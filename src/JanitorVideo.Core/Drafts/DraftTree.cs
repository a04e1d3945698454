using System.Text.Json.Nodes;

namespace JanitorVideo.Core.Drafts;

/// <summary>
/// A private, mutable copy of a draft's JSON for editing in place: the one way to edit a draft.
/// Tracks are found by their <c>tt</c> number; segments are the objects in a track's <c>sg</c>, as
/// <see cref="DraftTrack.Segments"/> counts them. <see cref="ToDraft"/> makes the edited draft.
/// </summary>
/// <remarks>
/// Edits touch only what they change, so unknown keys, key order and untouched number texts
/// survive (see <see cref="DraftValues"/> for the scalar writes). The draft it was made from never changes.
/// </remarks>
public sealed class DraftTree
{
    /// <summary>Starts editing a copy of <paramref name="draft"/>.</summary>
    public DraftTree(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Root = draft.ToJsonNode();
    }

    /// <summary>The draft object itself, for keys of its own such as <c>d</c>.</summary>
    public JsonObject Root { get; }

    /// <summary>The metadata object (<c>m</c>), created (or replacing a non-object) when needed.</summary>
    public JsonObject Metadata => DraftValues.Child(Root, DraftKeys.Metadata);

    /// <summary>The tracks array (<c>t</c>), created when missing.</summary>
    public JsonArray Tracks
    {
        get
        {
            if (Root[DraftKeys.Tracks] is not JsonArray tracks)
            {
                tracks = [];
                Root[DraftKeys.Tracks] = tracks;
            }

            return tracks;
        }
    }

    /// <summary>Every track object of a kind, in order.</summary>
    public List<JsonObject> TracksOf(TrackKind kind) =>
        Tracks.OfType<JsonObject>().Where(track => DraftValues.Number(track, DraftKeys.TrackType) == (int)kind).ToList();

    /// <summary>The first track of a kind, or null.</summary>
    public JsonObject? FirstTrack(TrackKind kind) => TracksOf(kind).FirstOrDefault();

    /// <summary>The first track of a kind, created when missing: video at the front (it is the base layer), others at the end.</summary>
    public JsonObject EnsureTrack(TrackKind kind)
    {
        if (FirstTrack(kind) is { } existing)
        {
            return existing;
        }

        var track = new JsonObject { [DraftKeys.TrackType] = (int)kind, [DraftKeys.Segments] = new JsonArray() };
        if (kind == TrackKind.Video)
        {
            Tracks.Insert(0, track);
        }
        else
        {
            Tracks.Add(track);
        }

        return track;
    }

    /// <summary>A track's <c>sg</c> array, created (or replacing a non-array) when needed.</summary>
    public static JsonArray SegmentArray(JsonObject track)
    {
        ArgumentNullException.ThrowIfNull(track);
        if (track[DraftKeys.Segments] is not JsonArray segments)
        {
            segments = [];
            track[DraftKeys.Segments] = segments;
        }

        return segments;
    }

    /// <summary>The segment objects of a track, in order; entries that are not objects are skipped.</summary>
    public static List<JsonObject> Segments(JsonObject track)
    {
        ArgumentNullException.ThrowIfNull(track);
        return track[DraftKeys.Segments] is JsonArray segments ? segments.OfType<JsonObject>().ToList() : [];
    }

    /// <summary>A segment's start in ms; 0 when absent.</summary>
    public static long Start(JsonObject segment) => DraftValues.Milliseconds(segment, DraftKeys.Start) ?? 0;

    /// <summary>A segment's end in ms: start plus duration (0 when absent).</summary>
    public static long End(JsonObject segment) => Start(segment) + (DraftValues.Milliseconds(segment, DraftKeys.Duration) ?? 0);

    /// <summary>Sets a segment's start and duration in ms.</summary>
    public static void SetTimes(JsonObject segment, long startMs, long durationMs)
    {
        DraftValues.SetNumber(segment, DraftKeys.Start, startMs);
        DraftValues.SetNumber(segment, DraftKeys.Duration, durationMs);
    }

    /// <summary>A segment's effect settings (<c>fx</c>), created (or replacing a non-object) when needed.</summary>
    public static JsonObject Effects(JsonObject segment) => DraftValues.Child(segment, DraftKeys.Effects);

    /// <summary>The edited draft; later edits of the tree do not reach it.</summary>
    public Draft ToDraft() => Draft.FromNode(Root);
}
