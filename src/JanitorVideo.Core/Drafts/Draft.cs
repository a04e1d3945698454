using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JanitorVideo.Core.Drafts;

/// <summary>
/// A NemoVideo timeline ("draft") in its own short-key JSON: <c>t</c> tracks, <c>d</c> total
/// duration in ms, <c>m</c> metadata. Immutable: every edit returns a new draft.
/// </summary>
/// <remarks>
/// A draft read from the cloud is posted back to render, so it round-trips exactly:
/// <c>Parse(json).ToJson()</c> keeps unknown keys at every level, key order and the original
/// text of every number. Edits rewrite only what they change. Entries of <c>t</c> that are not
/// objects are kept but not listed in <see cref="Tracks"/>; track indexes count listed tracks only.
/// </remarks>
public sealed class Draft
{
    internal const string TracksKey = "t";
    internal const string DurationKey = "d";
    internal const string MetadataKey = "m";

    private readonly JsonObject _root;
    private readonly int[] _trackPositions;

    // Takes ownership: the root must be a private copy whose "t" is absent, null or an array.
    private Draft(JsonObject root)
    {
        _root = root;
        var tracks = new List<DraftTrack>();
        var positions = new List<int>();
        if (root.TryGetPropertyValue(TracksKey, out var list) && list is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is JsonObject track)
                {
                    tracks.Add(new DraftTrack(track));
                    positions.Add(i);
                }
            }
        }

        Tracks = tracks.AsReadOnly();
        _trackPositions = [.. positions];
        Metadata = new DraftMetadata(
            root.TryGetPropertyValue(MetadataKey, out var metadata) && metadata is JsonObject values
                ? values
                : []);
        DurationMs = DraftJson.GetInt64(root, DurationKey) ?? tracks.Max(track => track.EndMs);
        IsReadyForExport = tracks.Any(track => track.HasRawSegments);
    }

    /// <summary>A draft with no tracks: <c>{"t":[]}</c>.</summary>
    public static Draft Empty { get; } = new(new JsonObject { [TracksKey] = new JsonArray() });

    /// <summary>The tracks, in the order of <c>t</c>.</summary>
    public IReadOnlyList<DraftTrack> Tracks { get; }

    /// <summary>Total duration in ms: <c>d</c> when it is a number, else the latest segment end.</summary>
    public long? DurationMs { get; }

    /// <summary>The metadata object (<c>m</c>); empty when absent or not an object.</summary>
    public DraftMetadata Metadata { get; }

    /// <summary>
    /// True when <c>t</c> holds at least one track with a non-empty <c>sg</c>: the reference's
    /// definition of a draft that can be exported.
    /// </summary>
    public bool IsReadyForExport { get; }

    // Diffs compare whole trees without the cost of a copy.
    internal JsonObject Root => _root;

    /// <summary>Reads a draft from JSON.</summary>
    /// <exception cref="JsonException">The text is not JSON, not an object, or its <c>t</c> is not an array.</exception>
    public static Draft Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return TryParse(json, out var draft, out var error) ? draft : throw new JsonException(error);
    }

    /// <summary>Reads a draft from JSON without throwing.</summary>
    /// <param name="json">The draft's JSON text.</param>
    /// <param name="draft">The draft, or null when the text is not a draft.</param>
    /// <param name="error">Why the text is not a draft, in plain words; null on success.</param>
    public static bool TryParse(
        string json,
        [NotNullWhen(true)] out Draft? draft,
        [NotNullWhen(false)] out string? error)
    {
        draft = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            error = "The draft is empty: expected a JSON object.";
            return false;
        }

        JsonNode? node;
        try
        {
            // Copying forces every lazily parsed part, so a repeated key fails here and not later.
            node = DraftJson.Copy(JsonNode.Parse(json));
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            error = $"The draft is not valid JSON: {ex.Message}";
            return false;
        }

        if (node is not JsonObject root)
        {
            error = $"The draft must be a JSON object, but it is {DraftJson.DescribeKind(node)}.";
            return false;
        }

        error = Validate(root);
        if (error is not null)
        {
            return false;
        }

        draft = new Draft(root);
        return true;
    }

    /// <summary>Wraps a copy of <paramref name="root"/>; later changes to it do not reach the draft.</summary>
    /// <exception cref="ArgumentException">Its <c>t</c> is present but not an array.</exception>
    public static Draft FromNode(JsonObject root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var copy = DraftJson.CopyObject(root);
        var error = Validate(copy);
        return error is null ? new Draft(copy) : throw new ArgumentException(error, nameof(root));
    }

    /// <summary>The draft as compact JSON, ready to post for a render.</summary>
    public string ToJson() => _root.ToJsonString(DraftJson.WriteOptions);

    /// <summary>A deep copy of the draft's JSON; changing it does not change the draft.</summary>
    public JsonObject ToJsonNode() => DraftJson.CopyObject(_root);

    /// <summary>Returns a draft with <paramref name="track"/> appended to <c>t</c>.</summary>
    public Draft AddTrack(DraftTrack track)
    {
        ArgumentNullException.ThrowIfNull(track);
        var root = DraftJson.CopyObject(_root);
        if (root[TracksKey] is not JsonArray tracks)
        {
            tracks = [];
            root[TracksKey] = tracks;
        }

        tracks.Add(DraftJson.CopyObject(track.Node));
        return new Draft(root);
    }

    /// <summary>Returns a draft without the track at <paramref name="trackIndex"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such track.</exception>
    public Draft RemoveTrackAt(int trackIndex)
    {
        var position = TrackPosition(trackIndex);
        var root = DraftJson.CopyObject(_root);
        ((JsonArray)root[TracksKey]!).RemoveAt(position);
        return new Draft(root);
    }

    /// <summary>
    /// Returns a draft with <paramref name="segment"/> appended to the track at
    /// <paramref name="trackIndex"/>. A missing or non-array <c>sg</c> becomes a new array.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">No such track.</exception>
    public Draft AddSegment(int trackIndex, DraftSegment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return EditTrack(trackIndex, track =>
        {
            if (track[DraftTrack.SegmentsKey] is not JsonArray segments)
            {
                segments = [];
                track[DraftTrack.SegmentsKey] = segments;
            }

            segments.Add(DraftJson.CopyObject(segment.Node));
        });
    }

    /// <summary>Returns a draft with the segment at the given indexes replaced by <paramref name="segment"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such track or segment.</exception>
    public Draft ReplaceSegment(int trackIndex, int segmentIndex, DraftSegment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var position = SegmentPosition(trackIndex, segmentIndex);
        return EditTrack(trackIndex, track =>
            ((JsonArray)track[DraftTrack.SegmentsKey]!)[position] = DraftJson.CopyObject(segment.Node));
    }

    /// <summary>Returns a draft without the segment at the given indexes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such track or segment.</exception>
    public Draft RemoveSegmentAt(int trackIndex, int segmentIndex)
    {
        var position = SegmentPosition(trackIndex, segmentIndex);
        return EditTrack(trackIndex, track => ((JsonArray)track[DraftTrack.SegmentsKey]!).RemoveAt(position));
    }

    /// <summary>
    /// Returns a draft with <paramref name="value"/> (copied) under <paramref name="key"/> in
    /// <c>m</c>; null removes the key. A missing or non-object <c>m</c> becomes a new object.
    /// </summary>
    public Draft WithMetadata(string key, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var root = DraftJson.CopyObject(_root);
        if (root[MetadataKey] is not JsonObject metadata)
        {
            metadata = [];
            root[MetadataKey] = metadata;
        }

        DraftJson.Set(metadata, key, DraftJson.Copy(value));
        return new Draft(root);
    }

    /// <summary>Returns a draft whose <c>d</c> is <paramref name="durationMs"/>; null removes it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative duration.</exception>
    public Draft WithDurationMs(long? durationMs)
    {
        if (durationMs is { } ms)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(ms, nameof(durationMs));
        }

        var root = DraftJson.CopyObject(_root);
        DraftJson.Set(root, DurationKey, durationMs);
        return new Draft(root);
    }

    private static string? Validate(JsonObject root) =>
        root.TryGetPropertyValue(TracksKey, out var tracks) && tracks is not (null or JsonArray)
            ? $"The draft's tracks (\"{TracksKey}\") must be an array, but they are {DraftJson.DescribeKind(tracks)}."
            : null;

    private Draft EditTrack(int trackIndex, Action<JsonObject> edit)
    {
        var position = TrackPosition(trackIndex);
        var root = DraftJson.CopyObject(_root);
        edit((JsonObject)((JsonArray)root[TracksKey]!)[position]!);
        return new Draft(root);
    }

    private int TrackPosition(int trackIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trackIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(trackIndex, Tracks.Count);
        return _trackPositions[trackIndex];
    }

    private int SegmentPosition(int trackIndex, int segmentIndex)
    {
        _ = TrackPosition(trackIndex);
        var track = Tracks[trackIndex];
        ArgumentOutOfRangeException.ThrowIfNegative(segmentIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(segmentIndex, track.Segments.Count);
        return track.SegmentPositions[segmentIndex];
    }
}
