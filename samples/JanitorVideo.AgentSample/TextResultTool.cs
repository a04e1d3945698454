using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.AI;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace JanitorVideo.AgentSample;

/// <summary>
/// One of the server's tools as the model is handed it: the call goes to the server unchanged, and the
/// model reads the words of the result. Unwrapped, the MCP client would hand on the whole result as
/// JSON, including export's contact sheet as base64 PNG that only uses up a text model's context.
/// Every call is also written to <paramref name="calls"/>, for the transcript.
/// </summary>
public sealed class TextResultTool(McpClientTool tool, ICollection<ToolCall> calls) : DelegatingAIFunction(tool)
{
    // The arguments as a person reads them: 'The Druid', not \u0027The Druid\u0027.
    private static readonly JsonSerializerOptions Readable = new(ModelContextProtocol.McpJsonUtilities.DefaultOptions)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>None: the model gets words, not the tool's structured output.</summary>
    public override JsonElement? ReturnJsonSchema => null;

    /// <inheritdoc />
    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        var result = await tool.CallAsync(arguments, cancellationToken: cancellationToken);
        var words = string.Join("\n", result.Content.OfType<TextContentBlock>().Select(block => block.Text));
        calls.Add(new ToolCall(Name, JsonSerializer.Serialize(arguments, Readable), words, result.IsError == true, result.StructuredContent));
        return result.IsError == true ? $"The tool failed: {words}" : words;
    }
}
