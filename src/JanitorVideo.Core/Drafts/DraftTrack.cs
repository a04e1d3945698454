using System.Text.Json.Nodes;

namespace JanitorVideo.Core.Drafts;

/// <summary>
/// One track of a draft: its type (<c>tt</c>), optional name (<c>n</c>) and segments
/// (<c>sg</c>). Immutable; unknown fields are kept as they came.
/// </summary>
/// <remarks>
/// Entries of <c>sg</c> that are not objects are kept in the JSON but not listed in
/// <see cref="Segments"/>.
/// </remarks>
public sealed class DraftTrack
{
    private readonly JsonObject _node;

    // Takes ownership: the node must be a private copy that nobody mutates afterwards.
    internal DraftTrack(JsonObject node)
    {
        _node = node;
        TypeCode = DraftJson.GetInt32(node, DraftKeys.TrackType);
        Kind = TypeCode switch
        {
            0 => TrackKind.Video,
            1 => TrackKind.Audio,
            7 => TrackKind.Text,
            _ => TrackKind.Unknown,
        };
        Name = DraftJson.GetString(node, DraftKeys.Name);

        var segments = new List<DraftSegment>();
        if (node.TryGetPropertyValue(DraftKeys.Segments, out var list) && list is JsonArray array)
        {
            HasRawSegments = array.Count > 0;
            segments.AddRange(array.OfType<JsonObject>().Select(segment => new DraftSegment(segment)));
        }

        Segments = segments.AsReadOnly();
    }

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
}
