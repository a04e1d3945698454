using System.Text.Json;

namespace JanitorVideo.AgentSample;

/// <summary>One call the model made to the server, and what the server answered.</summary>
/// <param name="Tool">The tool's name.</param>
/// <param name="Arguments">The arguments, as JSON.</param>
/// <param name="Answer">The words of the server's result.</param>
/// <param name="IsError">Whether the server reported the call as failed.</param>
/// <param name="StructuredContent">The result's structured content (the same facts as the words), if any.</param>
public sealed record ToolCall(string Tool, string Arguments, string Answer, bool IsError, JsonElement? StructuredContent);
