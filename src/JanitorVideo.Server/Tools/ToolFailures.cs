using System.Text.Json.Nodes;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Routing;
using JanitorVideo.Server.Skill;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace JanitorVideo.Server.Tools;

/// <summary>
/// The call-tool filter every tool runs inside: a failure becomes an <c>isError</c> result in plain
/// words, with its stable kind on the last line of the text and in <c>_meta</c>. The result carries
/// no structured content, so clients that check it against the tool's output schema (the official
/// TypeScript client does, even for errors) accept it. Nothing else escapes: no stack trace, no
/// exception type, no secret; unexpected failures get an error id and their details go to the log.
/// </summary>
public static class ToolFailures
{
    /// <summary>The <c>_meta</c> key of a failed call: <c>{"kind": "...", "action": "..."}</c>.</summary>
    public const string MetaKey = "janitor-video/error";

    public static McpRequestHandler<CallToolRequestParams, CallToolResult> Filter(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (context, cancellationToken) =>
        {
            try
            {
                return await next(context, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception e)
            {
                return Describe(e, context);
            }
        };

    private static CallToolResult Describe(Exception failure, RequestContext<CallToolRequestParams> context)
    {
        var tool = context.Params?.Name ?? "";
        var action = ActionOf(tool, context.Params?.Arguments);
        var logger = context.Services?.GetService(typeof(ILoggerFactory)) is ILoggerFactory factory
            ? factory.CreateLogger(typeof(ToolFailures))
            : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        if (failure is VideoBackendException known)
        {
            logger.LogWarning("{Tool} failed: {Kind} {Detail}", tool, known.Kind, known.Detail ?? known.Message);
            return Error(known.Message, known.Kind, action);
        }

        var id = Guid.NewGuid().ToString("N")[..8];
        logger.LogError(failure, "{Tool} failed unexpectedly (error id {ErrorId})", tool, id);
        return Error($"{ErrorCatalogue.Explain(ErrorKind.Unexpected)} (error id {id})", ErrorKind.Unexpected, action);
    }

    private static CallToolResult Error(string message, ErrorKind kind, string action) => new()
    {
        IsError = true,
        Content = [new TextContentBlock { Text = $"{message}\nkind: {kind}" }],
        Meta = new JsonObject { [MetaKey] = new JsonObject { ["kind"] = kind.ToString(), ["action"] = action } },
    };

    /// <summary>Which action failed: the tool's own, or for <c>generate_or_edit</c> the one its words were routed to.</summary>
    private static string ActionOf(string tool, IDictionary<string, System.Text.Json.JsonElement>? arguments) => tool switch
    {
        "generate_or_edit" => ProjectWorkflow.ActionName(IntentRouter.Route(
            arguments is not null && arguments.TryGetValue("instruction", out var words) && words.ValueKind == System.Text.Json.JsonValueKind.String
                ? words.GetString() ?? ""
                : "")),
        "get_state" => "state",
        "get_credits" => "credits",
        _ => tool,
    };
}
