using System.Text.Encodings.Web;
using System.Text.Json;
using JanitorVideo.Core.Backend;

namespace JanitorVideo.Nemo.Tests.Sse;

/// <summary>
/// Events as one line each, so whole sequences compare by value (records holding JSON nodes compare
/// by reference) and a failing test shows what the user would have got.
/// </summary>
internal static class EventTranscript
{
    // Written as sent (no \u escapes), so expectations read like the wire.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Line(AgentEvent item) => item switch
    {
        AgentEvent.Text text => $"text: {text.Content}",
        AgentEvent.ToolCall call => $"tool_call {call.Name}: {call.Args?.ToJsonString(Json) ?? "null"}",
        AgentEvent.ToolResult result => $"tool_result {result.Name}: {result.Result?.ToJsonString(Json) ?? "null"}",
        AgentEvent.Heartbeat => "heartbeat",
        _ => throw new ArgumentOutOfRangeException(nameof(item)),
    };

    public static IReadOnlyList<string> Of(IEnumerable<AgentEvent> events) => [.. events.Select(Line)];
}
