using System.Text.Json.Nodes;

namespace JanitorVideo.Core.Drafts;

/// <summary>
/// One item on a track: a video clip, a piece of music or a text. Immutable; the <c>With…</c>
/// methods return a changed copy and keep every field they do not touch.
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
    internal const string StartKey = "s";
    internal const string DurationKey = "d";
    internal const string NameKey = "n";
    internal const string TextKey = "x";
    internal const string VolumeKey = "v";
    internal const string SourceKey = "src";
    internal const string StyleKey = "style";
    internal const string EffectsKey = "fx";

    private readonly JsonObject _node;

    // Takes ownership: the node must be a private copy that nobody mutates afterwards.
    internal DraftSegment(JsonObject node)
    {
        _node = node;
        StartMs = DraftJson.GetInt64(node, StartKey);
        DurationMs = DraftJson.GetInt64(node, DurationKey);
        Name = DraftJson.GetString(node, NameKey);
        Text = DraftJson.GetString(node, TextKey);
        Volume = DraftJson.GetDouble(node, VolumeKey);
        Source = DraftJson.GetString(node, SourceKey);
        Style = DraftJson.GetString(node, StyleKey);
    }

    // The draft copies this straight into its own tree when the segment is added.
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

    /// <summary>Creates a segment that covers <paramref name="startMs"/> for <paramref name="durationMs"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative start or duration.</exception>
    public static DraftSegment Create(long startMs, long durationMs)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(startMs);
        ArgumentOutOfRangeException.ThrowIfNegative(durationMs);
        return new DraftSegment(new JsonObject { [StartKey] = startMs, [DurationKey] = durationMs });
    }

    /// <summary>Wraps a copy of <paramref name="node"/>; later changes to it do not reach the segment.</summary>
    public static DraftSegment FromNode(JsonObject node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new DraftSegment(DraftJson.CopyObject(node));
    }

    /// <summary>The motion and effect settings (<c>fx</c>) as a copy, or null when absent or not an object.</summary>
    public JsonObject? GetEffects() => DraftJson.GetCopy(_node, EffectsKey) as JsonObject;

    /// <summary>A copy of the raw value under <paramref name="key"/>, or null when absent.</summary>
    public JsonNode? GetRaw(string key) => DraftJson.GetCopy(_node, key);

    /// <summary>A deep copy of the segment's JSON, unknown fields included.</summary>
    public JsonObject ToJsonNode() => DraftJson.CopyObject(_node);

    /// <summary>Returns a copy starting at <paramref name="startMs"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative start.</exception>
    public DraftSegment WithStartMs(long startMs)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(startMs);
        return With(StartKey, startMs);
    }

    /// <summary>Returns a copy lasting <paramref name="durationMs"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative duration.</exception>
    public DraftSegment WithDurationMs(long durationMs)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(durationMs);
        return With(DurationKey, durationMs);
    }

    /// <summary>Returns a copy with this display name; null removes it.</summary>
    public DraftSegment WithName(string? name) => With(NameKey, name);

    /// <summary>Returns a copy with this text; null removes it.</summary>
    public DraftSegment WithText(string? text) => With(TextKey, text);

    /// <summary>Returns a copy with this volume in percent; null removes it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A volume outside 0–100.</exception>
    public DraftSegment WithVolume(double? volume)
    {
        if (volume is { } percent && !(percent is >= 0 and <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(volume), volume, "Volume is a percentage from 0 to 100.");
        }

        return With(VolumeKey, volume);
    }

    /// <summary>Returns a copy with this media reference; null removes it.</summary>
    public DraftSegment WithSource(string? source) => With(SourceKey, source);

    /// <summary>Returns a copy with this text style ("title", "subtitle", "caption"); null removes it.</summary>
    public DraftSegment WithStyle(string? style) => With(StyleKey, style);

    /// <summary>Returns a copy with these effect settings (copied); null removes them.</summary>
    public DraftSegment WithEffects(JsonObject? effects) => With(EffectsKey, effects);

    /// <summary>
    /// Returns a copy with <paramref name="value"/> (copied) under <paramref name="key"/>, in the
    /// key's old position when it existed; null removes the key.
    /// </summary>
    public DraftSegment With(string key, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var copy = DraftJson.CopyObject(_node);
        DraftJson.Set(copy, key, DraftJson.Copy(value));
        return new DraftSegment(copy);
    }
}
