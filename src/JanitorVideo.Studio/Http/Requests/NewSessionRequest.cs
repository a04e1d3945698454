using System.Text.Json.Serialization;

namespace JanitorVideo.Studio.Http.Requests;

/// <summary><c>POST /api/tasks/me/with-session/nemo_agent</c>. The task name is accepted and not kept.</summary>
public sealed record NewSessionRequest(
    [property: JsonPropertyName("task_name")] string? TaskName,
    [property: JsonPropertyName("language")] string? Language);
