using System.Text.Json;
using JanitorVideo.Core.Errors;
using JanitorVideo.Server.Skill;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace JanitorVideo.Server.Tools;

/// <summary>
/// Turns a workflow answer or failure into an MCP tool result: text for the model, the same facts
/// as structured content, and <c>isError</c> with plain words on failure. Nothing else escapes:
/// no stack trace, no exception type, no secret.
/// </summary>
public static class ToolResults
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Who is calling: the MCP session, or one local client over stdio.</summary>
    public static string ClientKey(McpServer server) => server.SessionId ?? "local";

    public static async Task<CallToolResult> RunAsync<T>(string tool, string? action, ILogger logger, Func<Task<ToolAnswer<T>>> work)
    {
        try
        {
            var answer = await work();
            return new CallToolResult
            {
                Content = [new TextContentBlock { Text = answer.Text },
                    .. answer.ImagePaths.Select(path => ImageContentBlock.FromBytes(File.ReadAllBytes(path), "image/png"))],
                StructuredContent = JsonSerializer.SerializeToElement(answer.Output, Json),
            };
        }
        catch (VideoBackendException e)
        {
            logger.LogWarning("{Tool} failed: {Kind} {Detail}", tool, e.Kind, e.Detail ?? e.Message);
            return Error(e.Message, e.Kind.ToString(), action);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            var id = Guid.NewGuid().ToString("N")[..8];
            logger.LogError(e, "{Tool} failed unexpectedly (error id {ErrorId})", tool, id);
            return Error($"{ErrorCatalogue.Explain(ErrorKind.Unexpected)} (error id {id})", nameof(ErrorKind.Unexpected), action);
        }
    }

    private static CallToolResult Error(string message, string kind, string? action) => new()
    {
        IsError = true,
        Content = [new TextContentBlock { Text = message }],
        StructuredContent = JsonSerializer.SerializeToElement(new ErrorOutput(message, kind, action), Json),
    };
}
