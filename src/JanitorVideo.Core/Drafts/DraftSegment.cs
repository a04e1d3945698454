using System.Text.Json.Nodes;

namespace JanitorVideo.Core.Drafts;

/// <summary>
/// One item on a track: a video clip, a piece of music or a text. Immutable; edits go
/// through a <see cref="DraftTree"/>, which keeps every field it does not touch.
/// </summary>
/// <remarks>
/// The NemoVideo reference names only the draft-level keys, so the segment keys are our
/// documented choice:
/// <list type="table">
/// <item><term><c>s</c></term><description>start on the timeline, in ms</description></item>
/// <item><term><c>d</c></term><description>duration, in ms</description></item>
/// <item><term><c>n</c></term><description>display name ("city timelapse", "Lo-fi")</description></item>
/// <item><term><c>x</c></term><description>the text of a text segment</description></item>
/// <item><term><c>v</c></term><description>volume in percent, 0–100, for audio</description></item>
/// <item><term><c>src</c></term><description>media reference (a URL or a media id)</description></item>
/// <item><term><c>style</c></term><description>text style: "title", "subtitle" or "caption"</description></item>
/// <item><term><c>fx</c></term><description>an object of motion and effect settings</description></item>
/// </list>
/// Any other key is kept as it came. A typed property is null when its key is absent or holds
/// the wrong JSON type; fractional milliseconds round to the nearest whole one.
/// </remarks>
public sealed class DraftSegment
{
    private readonly JsonObject _node;

    // Takes ownership: the node must be a private copy that nobody mutates afterwards.
    internal DraftSegment(JsonObject node)
    {
        _node = node;
        StartMs = DraftJson.GetInt64(node, DraftKeys.Start);
        DurationMs = DraftJson.GetInt64(node, DraftKeys.Duration);
        Name = DraftJson.GetString(node, DraftKeys.Name);
        Text = DraftJson.GetString(node, DraftKeys.Text);
        Volume = DraftJson.GetDouble(node, DraftKeys.Volume);
        Source = DraftJson.GetString(node, DraftKeys.Source);
        Style = DraftJson.GetString(node, DraftKeys.Style);
    }

    // Diffs read values in place, without the cost of a copy.
    internal JsonObject Node => _node;

    /// <summary>Start on the timeline in ms (<c>s</c>).</summary>
    public long? StartMs { get; }

    /// <summary>Duration in ms (<c>d</c>).</summary>
    public long? DurationMs { get; }

    /// <summary>End on the timeline in ms: start (0 when absent) plus duration; null without a duration.</summary>
    public long? EndMs => DurationMs is { } duration ? (StartMs ?? 0) + duration : null;

    /// <summary>Display name (<c>n</c>).</summary>
    public string? Name { get; }

    /// <summary>Text of a text segment (<c>x</c>).</summary>
    public string? Text { get; }

    /// <summary>Volume in percent, 0–100 (<c>v</c>).</summary>
    public double? Volume { get; }

    /// <summary>Media reference (<c>src</c>) when it is a string; see <see cref="GetRaw"/> for other shapes.</summary>
    public string? Source { get; }

    /// <summary>Text style (<c>style</c>): "title", "subtitle" or "caption".</summary>
    public string? Style { get; }

    /// <summary>Wraps a copy of <paramref name="node"/>; later changes to it do not reach the segment.</summary>
    public static DraftSegment FromNode(JsonObject node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new DraftSegment(DraftJson.CopyObject(node));
    }

    /// <summary>The motion and effect settings (<c>fx</c>) as a copy, or null when absent or not an object.</summary>
    public JsonObject? GetEffects() => DraftJson.GetCopy(_node, DraftKeys.Effects) as JsonObject;

    /// <summary>A copy of the raw value under <paramref name="key"/>, or null when absent.</summary>
    public JsonNode? GetRaw(string key) => DraftJson.GetCopy(_node, key);

    /// <summary>A deep copy of the segment's JSON, unknown fields included.</summary>
    public JsonObject ToJsonNode() => DraftJson.CopyObject(_node);
}
