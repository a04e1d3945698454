using Microsoft.Extensions.AI;

namespace JanitorVideo.Studio.Conversation;

/// <summary>
/// Which language model, if any, the agent may ask when its rules cannot place an instruction: the
/// connected MCP client's (sampling, lent for the length of one tool call) or one configured for
/// the studio through Microsoft.Extensions.AI.
/// </summary>
public sealed class ModelAccess(IChatClient? configured = null)
{
    private readonly AsyncLocal<IChatClient?> _lent = new();

    /// <summary>The model to ask now, or null when there is none.</summary>
    public IChatClient? Current => _lent.Value ?? configured;

    /// <summary>Lends <paramref name="client"/> to the work that runs in this flow until the returned scope is disposed.</summary>
    public IDisposable Lend(IChatClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var previous = _lent.Value;
        _lent.Value = client;
        return new Restore(this, previous);
    }

    private sealed class Restore(ModelAccess owner, IChatClient? previous) : IDisposable
    {
        public void Dispose() => owner._lent.Value = previous;
    }
}
