using System.Text.Json;
using System.Text.Json.Nodes;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Routing;
using JanitorVideo.Core.Text;
using JanitorVideo.Server.Skill;
using ModelContextProtocol;
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
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The client cancelled: nobody is waiting for a result.
                throw;
            }
            catch (McpProtocolException)
            {
                // The SDK's own protocol answers (an unknown tool is -32602) stay protocol errors.
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

        if (failure is OperationCanceledException)
        {
            // Cancelled without the client asking: a time limit of ours or of the connection ran out.
            logger.LogWarning("{Tool} timed out: {Reason}", tool, failure.Message);
            return Error("The video service did not answer in time, so the request was given up. Your project is kept; try again in a moment.",
                ErrorKind.Timeout, action);
        }

        if (IsArgumentBinding(failure))
        {
            logger.LogWarning("{Tool} was called with arguments that do not fit: {Reason}", tool, failure.Message);
            var reason = failure is ArgumentException { ParamName: { } name }
                ? failure.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal)
                : MismatchedArgument(context) ?? "an argument has the wrong type.";
            return Error($"The arguments for {tool} do not fit its input schema: {reason} Check the names and types the tool lists.",
                ErrorKind.InvalidInput, action);
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

    /// <summary>
    /// True for the SDK failing to bind the client's arguments to the tool's parameters (one left out,
    /// one of the wrong type): that happens before any of our tool code runs, so no frame of ours lies
    /// between the throw and the SDK's tool invocation (our filters, further out, do not count).
    /// </summary>
    private static bool IsArgumentBinding(Exception failure) =>
        failure is ArgumentException or JsonException
        && !new System.Diagnostics.StackTrace(failure).GetFrames()
            .Select(frame => frame.GetMethod()?.DeclaringType)
            .TakeWhile(type => type?.Namespace?.StartsWith("ModelContextProtocol", StringComparison.Ordinal) != true)
            .Any(IsOurs);

    /// <summary>"instruction should be a string, not an array.": the first argument whose JSON type the tool's input schema does not allow.</summary>
    private static string? MismatchedArgument(RequestContext<CallToolRequestParams> context)
    {
        if (context.MatchedPrimitive is not McpServerTool tool || context.Params?.Arguments is not { } arguments
            || !tool.ProtocolTool.InputSchema.TryGetProperty("properties", out var properties))
        {
            return null;
        }

        foreach (var (name, value) in arguments)
        {
            if (!properties.TryGetProperty(name, out var property) || !property.TryGetProperty("type", out var type))
            {
                continue;
            }

            var allowed = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString() ?? "").ToList() : [type.GetString() ?? ""];
            var actual = value.ValueKind switch
            {
                JsonValueKind.String => "string",
                JsonValueKind.Array => "array",
                JsonValueKind.Object => "object",
                JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
                JsonValueKind.True or JsonValueKind.False => "boolean",
                _ => "null",
            };
            if (!allowed.Contains(actual) && !(actual == "integer" && allowed.Contains("number")))
            {
                return $"{name} should be {string.Join(" or ", allowed.Where(t => t != "null"))}, not {actual}.";
            }
        }

        return null;
    }

    /// <summary>A type of ours other than this filter (closures and state machines count as the type they are written in).</summary>
    private static bool IsOurs(Type? type)
    {
        while (type?.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type is not null && type != typeof(ToolFailures) && type.Namespace?.StartsWith("JanitorVideo", StringComparison.Ordinal) == true;
    }

    /// <summary>Which action failed: the tool's own, or for <c>generate_or_edit</c> the one its words were routed to.</summary>
    private static string ActionOf(string tool, IDictionary<string, JsonElement>? arguments) => tool switch
    {
        "generate_or_edit" => ProjectWorkflow.ActionName(IntentRouter.Route(
            arguments is not null && arguments.TryGetValue("instruction", out var words) && words.ValueKind == JsonValueKind.String
                && words.GetString() is { } said && MessageLimit.Fits(said)
                ? said
                : "")),
        "get_state" => "state",
        "get_credits" => "credits",
        _ => tool,
    };
}
