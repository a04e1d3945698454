using System.Text.Json;
using JanitorVideo.Server.Skill;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace JanitorVideo.Server.Tools;

/// <summary>Turns a workflow answer into an MCP tool result: text for the model, the same facts as structured content, pictures.</summary>
public static class ToolResults
{
    /// <summary>Who is calling: the MCP session, or one local client over stdio.</summary>
    public static string ClientKey(McpServer server) => server.SessionId ?? "local";

    /// <summary>The result of a call that worked. Failures never come through here: <see cref="ToolFailures"/> answers those.</summary>
    public static CallToolResult From<T>(ToolAnswer<T> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new CallToolResult
        {
            Content = [new TextContentBlock { Text = answer.Text },
                .. answer.ImagePaths.Select(path => ImageContentBlock.FromBytes(File.ReadAllBytes(path), "image/png"))],
            StructuredContent = JsonSerializer.SerializeToElement(answer.Output, ToolJson.Options),
        };
    }
}
