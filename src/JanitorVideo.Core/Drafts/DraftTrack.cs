using System.Text.Json.Nodes;

namespace JanitorVideo.Core.Drafts;

/// <summary>
/// One track of a draft: its type (<c>tt</c>), optional name (<c>n</c>) and segments
/// (<c>sg</c>). Immutable; unknown fields are kept as they came.
/// </summary>
/// <remarks>
/// Entries of <c>sg</c> that are not objects are kept in the JSON but not listed in
/// <see cref="Segments"/>; segment indexes always count listed segments only.
/// </remarks>
public sealed class DraftTrack
{
    internal const string TypeKey = "tt";
    internal const string SegmentsKey = "sg";
    internal const string NameKey = "n";

    private readonly JsonObject _node;

    // Takes ownership: the node must be a private copy that nobody mutates afterwards.
    internal DraftTrack(JsonObject node)
    {
        _node = node;
        TypeCode = DraftJson.GetInt32(node, TypeKey);
        Kind = TypeCode switch
        {
            0 => TrackKind.Video,
            1 => TrackKind.Audio,
            7 => TrackKind.Text,
            _ => TrackKind.Unknown,
        };
        Name = DraftJson.GetString(node, NameKey);

        var segments = new List<DraftSegment>();
        var positions = new List<int>();
        if (node.TryGetPropertyValue(SegmentsKey, out var list) && list is JsonArray array)
        {
            HasRawSegments = array.Count > 0;
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is JsonObject segment)
                {
                    segments.Add(new DraftSegment(segment));
                    positions.Add(i);
                }
            }
        }

        Segments = segments.AsReadOnly();
        SegmentPositions = positions.AsReadOnly();
    }

    internal JsonObject Node => _node;

    /// <summary>Where each listed segment sits in the raw <c>sg</c> array.</summary>
    internal IReadOnlyList<int> SegmentPositions { get; }

    /// <summary>True when <c>sg</c> is a non-empty array, whatever its entries hold.</summary>
    internal bool HasRawSegments { get; }

    /// <summary>The track type; <see cref="TrackKind.Unknown"/> for numbers the model does not know.</summary>
    public TrackKind Kind { get; }

    /// <summary>The raw <c>tt</c> number, or null when absent or not a whole number.</summary>
    public int? TypeCode { get; }

    /// <summary>The track name (<c>n</c>).</summary>
    public string? Name { get; }

    /// <summary>The segments, in the order of <c>sg</c>.</summary>
    public IReadOnlyList<DraftSegment> Segments { get; }

    /// <summary>The latest segment end in ms, or null when no segment has a duration.</summary>
    public long? EndMs => Segments.Max(segment => segment.EndMs);

    /// <summary>Creates a track of a known kind holding copies of <paramref name="segments"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="TrackKind.Unknown"/>, which has no number.</exception>
    public static DraftTrack Create(TrackKind kind, params IEnumerable<DraftSegment> segments)
    {
        if (kind is not (TrackKind.Video or TrackKind.Audio or TrackKind.Text))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only known track kinds can be created.");
        }

        ArgumentNullException.ThrowIfNull(segments);
        var array = new JsonArray();
        foreach (var segment in segments)
        {
            array.Add(DraftJson.CopyObject(segment.Node));
        }

        return new DraftTrack(new JsonObject { [TypeKey] = (int)kind, [SegmentsKey] = array });
    }

    /// <summary>Wraps a copy of <paramref name="node"/>; later changes to it do not reach the track.</summary>
    public static DraftTrack FromNode(JsonObject node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new DraftTrack(DraftJson.CopyObject(node));
    }

    /// <summary>A copy of the raw value under <paramref name="key"/>, or null when absent.</summary>
    public JsonNode? GetRaw(string key) => DraftJson.GetCopy(_node, key);

    /// <summary>A deep copy of the track's JSON, segments and unknown fields included.</summary>
    public JsonObject ToJsonNode() => DraftJson.CopyObject(_node);

    /// <summary>Returns a copy with this track name; null removes it.</summary>
    public DraftTrack WithName(string? name)
    {
        var copy = DraftJson.CopyObject(_node);
        DraftJson.Set(copy, NameKey, name);
        return new DraftTrack(copy);
    }
}
