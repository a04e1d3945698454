using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace JanitorVideo.Studio.Tests.Support;

/// <summary>
/// Stands in for a language model (none runs on this machine): answers every request with the same
/// text, and remembers what it was asked.
/// </summary>
public sealed class ScriptedModel(string answer) : IChatClient
{
    public int Calls { get; private set; }

    public string LastPrompt { get; private set; } = "";

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        LastPrompt = string.Join("\n", messages.Select(m => m.Text));
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)) { ModelId = "scripted" });
    }

    // MCP's sampling handler streams; one update carrying the whole answer is what a fast model sends.
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
