using System.Text.Json.Serialization;

namespace JanitorVideo.Studio.Http.Requests;

/// <summary><c>POST /run_sse</c>, all snake_case. <c>app_name</c> and <c>user_id</c> are accepted as sent: the token says who is calling.</summary>
public sealed record RunSseRequest(
    [property: JsonPropertyName("app_name")] string? AppName,
    [property: JsonPropertyName("user_id")] string? UserId,
    [property: JsonPropertyName("session_id")] string? SessionId,
    [property: JsonPropertyName("new_message")] NewMessage? NewMessage)
{
    /// <summary>The message's text parts, joined by line breaks.</summary>
    public string Text() =>
        string.Join('\n', NewMessage?.Parts?.Select(part => part?.Text).OfType<string>() ?? []);
}

/// <summary>The user's message: <c>{"parts":[{"text":"…"}]}</c>.</summary>
public sealed record NewMessage([property: JsonPropertyName("parts")] IReadOnlyList<MessagePart?>? Parts);

public sealed record MessagePart([property: JsonPropertyName("text")] string? Text);
