using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JanitorVideo.Core.Drafts;

/// <summary>
/// Tolerant reads and minimal writes of the values inside a <see cref="DraftTree"/> (or any draft
/// JSON object). Numbers are read from their JSON text, which is the same for parsed values and
/// values built in code; writes leave an equal value alone, so its original text survives.
/// </summary>
public static class DraftValues
{
    /// <summary>A finite number under <paramref name="key"/>, or null when absent or not a number.</summary>
    public static double? Number(JsonObject node, string key) =>
        node.TryGetPropertyValue(key, out var value)
        && value is JsonValue scalar
        && scalar.GetValueKind() == JsonValueKind.Number
        && double.TryParse(scalar.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
        && double.IsFinite(number)
            ? number
            : null;

    /// <summary>A number rounded to whole milliseconds, or null when absent or not a number.</summary>
    public static long? Milliseconds(JsonObject node, string key) =>
        Number(node, key) is { } number ? (long)Math.Round(number, MidpointRounding.AwayFromZero) : null;

    /// <summary>A string under <paramref name="key"/>, or null when absent or not a string.</summary>
    public static string? Text(JsonObject node, string key) =>
        node.TryGetPropertyValue(key, out var value)
        && value is JsonValue scalar
        && scalar.GetValueKind() == JsonValueKind.String
            ? scalar.GetValue<string>()
            : null;

    /// <summary>A boolean under <paramref name="key"/>, or null when absent or not a boolean.</summary>
    public static bool? Flag(JsonObject node, string key) =>
        node.TryGetPropertyValue(key, out var value) && value is JsonValue scalar
            ? scalar.GetValueKind() switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => null,
            }
            : null;

    /// <summary>Writes a number unless the same number is there already, so untouched values keep their text.</summary>
    public static void SetNumber(JsonObject node, string key, double value)
    {
        if (Number(node, key) != value)
        {
            node[key] = Math.Abs(value % 1) < 1e-9 ? JsonValue.Create((long)Math.Round(value)) : JsonValue.Create(value);
        }
    }

    /// <summary>Writes a string unless the same string is there already.</summary>
    public static void SetText(JsonObject node, string key, string value)
    {
        if (Text(node, key) != value)
        {
            node[key] = value;
        }
    }

    /// <summary>Writes a boolean unless the same boolean is there already.</summary>
    public static void SetFlag(JsonObject node, string key, bool value)
    {
        if (Flag(node, key) != value)
        {
            node[key] = value;
        }
    }

    /// <summary>The object under <paramref name="key"/>, created (or replacing a non-object) when needed.</summary>
    public static JsonObject Child(JsonObject node, string key)
    {
        if (node[key] is JsonObject child)
        {
            return child;
        }

        child = [];
        node[key] = child;
        return child;
    }
}
