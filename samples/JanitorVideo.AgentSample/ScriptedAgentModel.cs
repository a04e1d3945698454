using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace JanitorVideo.AgentSample;

/// <summary>
/// Stands in for a language model when no model service is at hand: answers each user turn with the
/// tool call its script names for that turn, and each tool result with the server's own words. What it
/// says next is read from the conversation alone, as a model's would be.
/// </summary>
public sealed class ScriptedAgentModel(IReadOnlyList<ScriptedTurn> script) : IChatClient
{
    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var history = messages.ToList();
        var reply = history.LastOrDefault() is { Role: var role } last && role == ChatRole.Tool
            ? new ChatMessage(ChatRole.Assistant, Retell(last))
            : new ChatMessage(ChatRole.Assistant, [Call(history.Count(m => m.Role == ChatRole.User) - 1, options)]);
        return Task.FromResult(new ChatResponse(reply) { ModelId = "scripted" });
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private AIContent Call(int turn, ChatOptions? options)
    {
        if (turn < 0 || turn >= script.Count)
        {
            return new TextContent("I have nothing scripted for that.");
        }

        // A model can only call what it was offered: the tools must have come from the server's listing.
        var step = script[turn];
        var offered = options?.Tools?.Select(tool => tool.Name).ToList() ?? [];
        if (!offered.Contains(step.Tool))
        {
            throw new InvalidOperationException($"The script calls '{step.Tool}', but the tools offered are: {string.Join(", ", offered)}.");
        }

        return new FunctionCallContent($"call_{turn + 1}", step.Tool, new Dictionary<string, object?>(step.Arguments));
    }

    // The first line of the server's words: where it says what it did (export: the MP4's path).
    private static string Retell(ChatMessage toolMessage) =>
        string.Join("\n", toolMessage.Contents.OfType<FunctionResultContent>()
            .Select(result => $"The server answered: {(result.Result?.ToString() ?? "nothing").Split('\n')[0]}"));
}
