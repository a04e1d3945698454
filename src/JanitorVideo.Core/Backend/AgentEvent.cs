using System.Text.Json.Nodes;

namespace JanitorVideo.Core.Backend;

/// <summary>One event of the backend agent's reply stream (the reference's SSE payloads).</summary>
public abstract record AgentEvent
{
    private AgentEvent()
    {
    }

    /// <summary>The agent speaks; shown to the user after GUI translation.</summary>
    public sealed record Text(string Content) : AgentEvent;

    /// <summary>The agent calls one of its tools; internal, never shown.</summary>
    public sealed record ToolCall(string Name, JsonObject? Args) : AgentEvent;

    /// <summary>A tool's result; internal, never shown.</summary>
    public sealed record ToolResult(string Name, JsonNode? Result) : AgentEvent;

    /// <summary>Still working (a heartbeat or an empty <c>data:</c> line); not a disconnect.</summary>
    public sealed record Heartbeat : AgentEvent;
}
