using System.Text.Json;
using System.Text.Json.Serialization;
using JanitorVideo.Render.Framing;

namespace JanitorVideo.Studio.Store;

/// <summary>
/// A picture's framing facts as the media table keeps them: JSON, enums by name. A value that does
/// not read (written by a later version in another shape) counts as none: the reply then says
/// nothing of the framing, and the render finds the subject again anyway.
/// </summary>
internal static class FramingJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        IgnoreReadOnlyProperties = true,
    };

    public static string? Write(FramingFacts? facts) => facts is null ? null : JsonSerializer.Serialize(facts, Options);

    public static FramingFacts? Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<FramingFacts>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
