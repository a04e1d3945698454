using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace JanitorVideo.TestSupport;

/// <summary>
/// Stands in for a language model (none runs on this machine): answers every request with the same
/// text, and remembers what it was asked.
/// </summary>
public sealed class ScriptedModel(string answer) : IChatClient
{
    /// <summary>How many requests it has answered.</summary>
    public int Calls { get; private set; }

    /// <summary>The text of the last request's messages, one per line.</summary>
    public string LastPrompt { get; private set; } = "";

    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        LastPrompt = string.Join("\n", messages.Select(m => m.Text));
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)) { ModelId = "scripted" });
    }

    // MCP's sampling handler streams; one update carrying the whole answer is what a fast model sends.
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
}
