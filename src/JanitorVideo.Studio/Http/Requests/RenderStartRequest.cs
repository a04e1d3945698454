using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace JanitorVideo.Studio.Http.Requests;

/// <summary>
/// <c>POST /api/render/proxy/lambda</c>; <c>sessionId</c> is the protocol's one camelCase field.
/// Without a draft the session's current draft is rendered.
/// </summary>
public sealed record RenderStartRequest(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("sessionId")] string? SessionId,
    [property: JsonPropertyName("draft")] JsonObject? Draft,
    [property: JsonPropertyName("output")] RenderOutput? Output);

/// <summary><c>{"format":"mp4","quality":"high"}</c>.</summary>
public sealed record RenderOutput(
    [property: JsonPropertyName("format")] string? Format,
    [property: JsonPropertyName("quality")] string? Quality);
