using System.Text.Json.Serialization;

namespace JanitorVideo.Studio.Http.Requests;

/// <summary>The JSON form of <c>POST /api/upload-video/nemo_agent/me/{sid}</c>: <c>{"urls":[…],"source_type":"url"}</c>.</summary>
public sealed record UrlUploadRequest(
    [property: JsonPropertyName("urls")] IReadOnlyList<string?>? Urls,
    [property: JsonPropertyName("source_type")] string? SourceType);
