using System.Text.Json.Nodes;

namespace JanitorVideo.Core.Drafts;

/// <summary>
/// The draft's metadata object (<c>m</c>): title, canvas size, frame rate, aspect ratio, and
/// whatever else the server put there. A typed property is null when its key is absent or holds
/// the wrong JSON type.
/// </summary>
public sealed class DraftMetadata
{
    private readonly JsonObject _node;

    // Takes ownership: the node must be a private copy that nobody mutates afterwards.
    internal DraftMetadata(JsonObject node)
    {
        _node = node;
        Title = DraftJson.GetString(node, DraftKeys.Title);
        Width = DraftJson.GetInt32(node, DraftKeys.Width);
        Height = DraftJson.GetInt32(node, DraftKeys.Height);
        Fps = DraftJson.GetDouble(node, DraftKeys.Fps);
        Aspect = DraftJson.GetString(node, DraftKeys.Aspect);
        Keys = [.. node.Select(property => property.Key)];
    }

    /// <summary>The project title (<c>title</c>).</summary>
    public string? Title { get; }

    /// <summary>Canvas width in pixels (<c>width</c>).</summary>
    public int? Width { get; }

    /// <summary>Canvas height in pixels (<c>height</c>).</summary>
    public int? Height { get; }

    /// <summary>Frames per second (<c>fps</c>); may be fractional, such as 29.97.</summary>
    public double? Fps { get; }

    /// <summary>Aspect ratio as written by the server (<c>aspect</c>), such as "9:16".</summary>
    public string? Aspect { get; }

    /// <summary>Every key present, in order.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>A copy of the raw value under <paramref name="key"/>, or null when absent.</summary>
    public JsonNode? GetRaw(string key) => DraftJson.GetCopy(_node, key);

    /// <summary>A deep copy of the metadata object.</summary>
    public JsonObject ToJsonNode() => DraftJson.CopyObject(_node);
}
