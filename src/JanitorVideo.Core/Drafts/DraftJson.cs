using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JanitorVideo.Core.Drafts;

/// <summary>
/// The JSON plumbing of the draft model: the one set of writer options, tree copies and
/// tolerant scalar reads. Reads never throw, because drafts come from a server we do not control.
/// </summary>
internal static class DraftJson
{
    /// <summary>
    /// Compact output; relaxed escaping keeps CJK titles readable in logs and golden files
    /// (the draft travels as a JSON body, never inside HTML).
    /// </summary>
    public static JsonSerializerOptions WriteOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>
    /// Copies a tree into freshly built containers. Leaf values keep their original JSON text
    /// (1.0 stays 1.0, big integers stay exact), and the copy has no lazily parsed parts left,
    /// so reading it later never mutates it.
    /// </summary>
    public static JsonNode? Copy(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject source:
                var target = new JsonObject();
                foreach (var (key, child) in source)
                {
                    target.Add(key, Copy(child));
                }

                return target;
            case JsonArray sourceArray:
                var targetArray = new JsonArray();
                foreach (var item in sourceArray)
                {
                    targetArray.Add(Copy(item));
                }

                return targetArray;
            case null:
                return null;
            default:
                return node.DeepClone();
        }
    }

    public static JsonObject CopyObject(JsonObject node) => (JsonObject)Copy(node)!;

    public static string? GetString(JsonObject node, string key) =>
        node.TryGetPropertyValue(key, out var value)
        && value is JsonValue scalar
        && scalar.GetValueKind() == JsonValueKind.String
        && scalar.TryGetValue<string>(out var text)
            ? text
            : null;

    /// <summary>A number as a whole value; fractions round to the nearest integer.</summary>
    public static long? GetInt64(JsonObject node, string key)
    {
        var text = GetNumberText(node, key);
        if (text is null)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)
            && double.IsFinite(real)
            && Math.Abs(real) < 9.2e18)
        {
            return (long)Math.Round(real, MidpointRounding.AwayFromZero);
        }

        return null;
    }

    public static int? GetInt32(JsonObject node, string key) =>
        GetInt64(node, key) is { } value && value is >= int.MinValue and <= int.MaxValue ? (int)value : null;

    public static double? GetDouble(JsonObject node, string key) =>
        GetNumberText(node, key) is { } text
        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && double.IsFinite(value)
            ? value
            : null;

    /// <summary>A copy of the value under <paramref name="key"/>, or null when it is absent.</summary>
    public static JsonNode? GetCopy(JsonObject node, string key) =>
        node.TryGetPropertyValue(key, out var value) ? Copy(value) : null;

    /// <summary>"an array", "a string"…: for error messages about the wrong JSON type.</summary>
    public static string DescribeKind(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "null",
        },
    };

    // Number values created in code (JsonValue.Create(5L)) do not convert through TryGetValue,
    // so numbers are read from their JSON text, which is the same for parsed and built values.
    private static string? GetNumberText(JsonObject node, string key) =>
        node.TryGetPropertyValue(key, out var value)
        && value is JsonValue scalar
        && scalar.GetValueKind() == JsonValueKind.Number
            ? scalar.ToJsonString()
            : null;
}
