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

    /// <summary>Whether <see cref="RenewClientId"/> can make a new client id (not when the user supplied one).</summary>
    bool CanRenewClientId { get; }

    /// <summary>The service said the client id was missing or refused (HTTP 400 on the token call): make and keep a new one.</summary>
    void RenewClientId();

    /// <summary>The service refused <paramref name="token"/> (1001): the next call gets a new one, with the same client id.</summary>
    void Rejected(string token);
}
