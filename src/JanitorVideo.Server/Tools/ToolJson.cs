using System.Text.Json;

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
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
