using System.Text.Json;
using System.Text.Json.Serialization;

namespace JanitorVideo.Server.Tools;

/// <summary>
/// The one set of JSON options for the tools: their parameters, their advertised output schemas and
/// the structured content they send are all written with it, in snake_case.
/// </summary>
public static class ToolJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(ModelContextProtocol.McpJsonUtilities.DefaultOptions)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            // The schemas list every property as required (nullable where it may be empty), so a
            // missing value is written as null rather than left out: omitted, it fails clients that
            // validate structured content against the schema.
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
