using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Errors;

namespace JanitorVideo.Nemo.Sse;

/// <summary>
/// Turns the <c>data</c> of one reply-stream event into an <see cref="AgentEvent"/>: <c>text</c>,
/// <c>tool_call</c>, <c>tool_result</c> and <c>heartbeat</c> as the reference shows them, and the
/// studio's <c>error</c> extra as a <see cref="VideoBackendException"/>.
/// </summary>
public static class AgentEventPayload
{
    /// <summary>The event for <paramref name="data"/> (UTF-8 JSON, or empty for a bare <c>data:</c>).</summary>
    /// <exception cref="VideoBackendException">The service reported a failure on the stream.</exception>
    public static AgentEvent Parse(ReadOnlySpan<byte> data)
    {
        if (data.Trim(" \t\r\n"u8).IsEmpty)
        {
            return new AgentEvent.Heartbeat();
        }

        JsonObject? payload;
        try
        {
            payload = JsonNode.Parse(data) as JsonObject;
        }
        catch (JsonException)
        {
            // Something arrived, so the stream is alive; what it says cannot be read, and one unreadable
            // event must not cost the user the whole reply. Alive without progress is a heartbeat.
            return new AgentEvent.Heartbeat();
        }

        if (payload is null)
        {
            return new AgentEvent.Heartbeat();
        }

        return StringOf(payload, "type") switch
        {
            "text" => StringOf(payload, "content") is { } content ? new AgentEvent.Text(content) : new AgentEvent.Heartbeat(),
            "tool_call" => new AgentEvent.ToolCall(StringOf(payload, "name") ?? "", Take(payload, "args") as JsonObject),
            "tool_result" => new AgentEvent.ToolResult(StringOf(payload, "name") ?? "", Take(payload, "result")),
            "error" => throw Failure(payload),
            // "heartbeat", and types the service may add later: the reply goes on, so they count as
            // "still working" (which also keeps the caller's heartbeats-only timeout running).
            _ => new AgentEvent.Heartbeat(),
        };
    }

    private static VideoBackendException Failure(JsonObject payload)
    {
        var code = payload["code"] is JsonValue value && value.TryGetValue(out int number) ? number : (int?)null;
        // The protocol's codes first (1001…4002), then the HTTP statuses the reference gives a meaning;
        // the studio writes its own statuses (500, 422…) for the rest, which read as unexpected here.
        var entry = code is { } known
            ? ErrorCatalogue.Entries.FirstOrDefault(e => e.ApiCode == known) ?? ErrorCatalogue.FromHttpStatus(known)
            : null;
        var kind = entry?.Kind ?? ErrorKind.Unexpected;

        // The studio writes its message for the user; the catalogue's words stand in when there is none.
        var message = StringOf(payload, "message") is { } words && !string.IsNullOrWhiteSpace(words)
            ? words.Trim()
            : ErrorCatalogue.Explain(kind);
        var errorId = StringOf(payload, "error_id");
        var detail = $"The reply stream ended with an error event (code {code?.ToString(CultureInfo.InvariantCulture) ?? "none"}"
            + (errorId is null ? ")" : $", error id {errorId})");
        return new VideoBackendException(kind, message, detail);
    }

    private static string? StringOf(JsonObject payload, string name) =>
        payload[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    // Detached from the parsed payload, so the event owns its node without a copy (tool results can be large).
    private static JsonNode? Take(JsonObject payload, string name) =>
        payload.Remove(name, out var node) ? node : null;
}
