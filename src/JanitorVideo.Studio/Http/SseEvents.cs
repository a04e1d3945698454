using System.Text;
using System.Text.Json.Nodes;
using JanitorVideo.Core.Backend;

namespace JanitorVideo.Studio.Http;

/// <summary>
/// The reply stream's payloads as the reference shows them, each sent as one <c>data:</c> line and a
/// blank line. There is no end event: the stream closing ends the reply.
/// </summary>
public static class SseEvents
{
    public const string ContentType = "text/event-stream";

    public static JsonObject Payload(AgentEvent item) => item switch
    {
        AgentEvent.Text text => new JsonObject { ["type"] = "text", ["content"] = text.Content },
        AgentEvent.ToolCall call => new JsonObject { ["type"] = "tool_call", ["name"] = call.Name, ["args"] = call.Args?.DeepClone() ?? new JsonObject() },
        AgentEvent.ToolResult result => new JsonObject { ["type"] = "tool_result", ["name"] = result.Name, ["result"] = result.Result?.DeepClone() },
        AgentEvent.Heartbeat => new JsonObject { ["type"] = "heartbeat" },
        _ => throw new ArgumentOutOfRangeException(nameof(item)),
    };

    /// <summary>
    /// A failure met after the stream began (a studio extension: the reference shows none), with the
    /// envelope's code and the user's words; the stream closes after it.
    /// </summary>
    public static JsonObject Error(int code, string message) =>
        new() { ["type"] = "error", ["code"] = code, ["message"] = message };

    /// <summary>One event on the wire: <c>data: {json}</c> and a blank line (the JSON never spans lines).</summary>
    public static byte[] Frame(JsonObject payload) => Encoding.UTF8.GetBytes($"data: {payload.ToJsonString(ApiJson.Options)}\n\n");
}
