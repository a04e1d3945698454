namespace JanitorVideo.Nemo.Api;

/// <summary>
/// Who the client is to NemoVideo: its persisted client id and a bearer token (the user's own, or an
/// anonymous one requested with the client id). The token never leaves this interface for a log, an
/// error or a link.
/// </summary>
public interface INemoAccess
{
    /// <summary>The client id sent as <c>X-Client-Id</c>.</summary>
    string ClientId { get; }

    /// <summary>True when the token is an anonymous one (running out of credits then offers registration).</summary>
    bool IsAnonymous { get; }

    /// <summary>A token to send, requested when there is none yet.</summary>
    ValueTask<string> TokenAsync(CancellationToken cancellationToken);

    /// <summary>The service refused <paramref name="token"/> (1001): the next call gets a new one, with the same client id.</summary>
    void Rejected(string token);
}
