using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JanitorVideo.Core.Drafts;

/// <summary>
/// A NemoVideo timeline ("draft") in its own short-key JSON: <c>t</c> tracks, <c>d</c> total
/// duration in ms, <c>m</c> metadata. Immutable: edits go through a <see cref="DraftTree"/>, which makes a new draft.
/// </summary>
/// <remarks>
/// A draft read from the cloud is posted back to render, so it round-trips exactly:
/// <c>Parse(json).ToJson()</c> keeps unknown keys at every level, key order and the original
/// text of every number. Edits rewrite only what they change. Entries of <c>t</c> that are not
/// objects are kept but not listed in <see cref="Tracks"/>; track indexes count listed tracks only.
/// </remarks>
public sealed class Draft
{
    private readonly JsonObject _root;

    // Takes ownership: the root must be a private copy whose "t" is absent, null or an array.
    private Draft(JsonObject root)
    {
        _root = root;
        var tracks = new List<DraftTrack>();
        if (root.TryGetPropertyValue(DraftKeys.Tracks, out var list) && list is JsonArray array)
        {
            tracks.AddRange(array.OfType<JsonObject>().Select(track => new DraftTrack(track)));
        }

        Tracks = tracks.AsReadOnly();
        Metadata = new DraftMetadata(
            root.TryGetPropertyValue(DraftKeys.Metadata, out var metadata) && metadata is JsonObject values
                ? values
                : []);
        DurationMs = DraftJson.GetInt64(root, DraftKeys.Duration) ?? tracks.Max(track => track.EndMs);
        IsReadyForExport = tracks.Any(track => track.HasRawSegments);
    }

    /// <summary>A draft with no tracks: <c>{"t":[]}</c>.</summary>
    public static Draft Empty { get; } = new(new JsonObject { [DraftKeys.Tracks] = new JsonArray() });

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

    private static string? Validate(JsonObject root) =>
        root.TryGetPropertyValue(DraftKeys.Tracks, out var tracks) && tracks is not (null or JsonArray)
            ? $"The draft's tracks (\"{DraftKeys.Tracks}\") must be an array, but they are {DraftJson.DescribeKind(tracks)}."
            : null;
}
