using JanitorVideo.Nemo.Configuration;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Nemo.Identity;

/// <summary>
/// Who this machine is to NemoVideo: the client id sent as <c>X-Client-Id</c> (<c>NEMO_CLIENT_ID</c>,
/// else the one kept in <c>~/.config/nemovideo</c>) and the bearer token (<c>NEMO_TOKEN</c> as is,
/// else the stored anonymous token while it lasts). Safe to share between threads. Neither the
/// token nor the client id appears in its log lines, messages or <see cref="ToString"/>.
/// </summary>
public sealed class ClientIdentity
{
    /// <summary>The header the client id travels in.</summary>
    public const string ClientIdHeader = "X-Client-Id";

    private readonly string? _suppliedToken;
    private readonly AnonymousTokenStore _tokens;
    private readonly ClientIdStore? _ids;
    private readonly bool _suppliedClientId;
    private readonly Lock _gate = new();
    private AnonymousToken? _anonymous;
    private string? _lastRejected;
    private Guid _clientId;
    private int _renewals;

    private ClientIdentity(Guid clientId, bool suppliedClientId, string? suppliedToken, AnonymousTokenStore tokens, ClientIdStore? ids)
    {
        _clientId = clientId;
        _suppliedClientId = suppliedClientId;
        _suppliedToken = suppliedToken;
        _tokens = tokens;
        _ids = ids;
    }

    /// <summary>The client id; the same one in every process on this machine unless <c>NEMO_CLIENT_ID</c> says otherwise.</summary>
    public Guid ClientId
    {
        get
        {
            lock (_gate)
            {
                return _clientId;
            }
        }
    }

    /// <summary>
    /// Whether <see cref="RenewClientId"/> can work: the id is not the user's own <c>NEMO_CLIENT_ID</c>,
    /// and none was made yet in this process (a service that keeps refusing ids must not cost the
    /// user their account, id after id).
    /// </summary>
    public bool CanRenewClientId => !_suppliedClientId && _ids is not null && Volatile.Read(ref _renewals) == 0;

    /// <summary>The client id as the <c>X-Client-Id</c> header carries it.</summary>
    public string ClientIdText => ClientIdStore.Text(ClientId);

    /// <summary>Whether the client id is the user's own (<c>NEMO_CLIENT_ID</c>): it is never replaced or stored.</summary>
    public bool HasSuppliedClientId => _suppliedClientId;

    /// <summary>Whether the token is the user's own (<c>NEMO_TOKEN</c>): it is never renewed or stored.</summary>
    public bool HasSuppliedToken => _suppliedToken is not null;

    /// <summary>
    /// Resolves the client id (creating and storing it on first use) and loads any stored anonymous
    /// token. When the id cannot be stored (a read-only home, say), one is used for this run only,
    /// with a warning, rather than leave the user without the cloud.
    /// </summary>
    /// <param name="options">Supplies <c>NEMO_CLIENT_ID</c> and <c>NEMO_TOKEN</c>, which win over anything stored.</param>
    /// <param name="folder">Where the id and the token are kept (<see cref="NemoConfigFolder.ForCurrentUser"/> outside tests).</param>
    /// <param name="time">The clock token expiry is judged by.</param>
    public static ClientIdentity Open(NemoOptions options, NemoConfigFolder folder, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);

        var tokens = new AnonymousTokenStore(folder, time, logger);
        if (options.ClientId is { } supplied)
        {
            // A token is issued for one client id: this id's token is kept apart from the stored id's.
            logger.LogDebug("Using the client id from {Variable}; its anonymous token is kept apart", NemoOptions.ClientIdVariable);
            var own = folder with { Path = System.IO.Path.Combine(folder.Path, "client-" + supplied.ToString("D")) };
            return new ClientIdentity(supplied, suppliedClientId: true, options.Token, new AnonymousTokenStore(own, time, logger), ids: null);
        }

        Guid clientId;
        var ids = new ClientIdStore(folder, logger);
        try
        {
            clientId = ids.ReadOrCreate();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            clientId = Guid.NewGuid();
            logger.LogWarning(exception,
                "Could not keep a client id in {Folder}; using one for this run only, so each start may need a new anonymous token. Make the folder writable or set {Variable}",
                folder.Path, NemoOptions.ClientIdVariable);
        }

        return new ClientIdentity(clientId, suppliedClientId: false, options.Token, tokens, ids);
    }

    /// <summary>
    /// The bearer token to send: <c>NEMO_TOKEN</c>, else the anonymous token while it is usable
    /// (reading the stored one, which another process may have renewed). Null means an anonymous
    /// token must be requested (with <see cref="ClientIdText"/>) and given to <see cref="Remember"/>.
    /// </summary>
    public string? CurrentToken()
    {
        if (_suppliedToken is not null)
        {
            return _suppliedToken;
        }

        lock (_gate)
        {
            if (_anonymous is null || !_tokens.IsUsable(_anonymous))
            {
                // The file may still hold a token just refused (it is forgotten on disk outside this lock).
                _anonymous = _tokens.Read() is { } stored && stored.Token != _lastRejected ? stored : null;
            }

            return _anonymous?.Token;
        }
    }

    /// <summary>Keeps a newly issued anonymous token, for this process and the next ones.</summary>
    /// <exception cref="InvalidOperationException"><c>NEMO_TOKEN</c> is set: no anonymous token should have been requested.</exception>
    public void Remember(AnonymousToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (_suppliedToken is not null)
        {
            throw new InvalidOperationException($"{NemoOptions.TokenVariable} is set, so anonymous tokens are neither requested nor stored.");
        }

        lock (_gate)
        {
            _anonymous = token;
        }

        // Written outside the lock: the file lock may take a moment while another process writes.
        try
        {
            _tokens.Write(token);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _tokens.WarnNotStored(exception);
        }
    }

    /// <summary>
    /// Drops the anonymous token the server refused (code 1001), here and on disk, so the next
    /// <see cref="CurrentToken"/> is null and a new one is requested with the same client id.
    /// </summary>
    /// <returns>False when the refused token is the user's own <c>NEMO_TOKEN</c>, which cannot be renewed.</returns>
    public bool ForgetToken()
    {
        string? rejected;
        lock (_gate)
        {
            rejected = _anonymous?.Token;
        }

        return rejected is null ? _suppliedToken is null : ForgetToken(rejected);
    }

    /// <summary>As <see cref="ForgetToken()"/>, but only while <paramref name="rejected"/> is still the token in use: a newer one stays.</summary>
    public bool ForgetToken(string rejected)
    {
        if (_suppliedToken is not null)
        {
            return false;
        }

        lock (_gate)
        {
            if (_anonymous is { } current && !string.Equals(current.Token, rejected, StringComparison.Ordinal))
            {
                return true;
            }

            _anonymous = null;
            _lastRejected = rejected;
        }

        // On disk outside the lock (the store compares under its file lock, so a newer token stays).
        _tokens.Forget(rejected);
        return true;
    }

    /// <summary>
    /// The service refused the client id (HTTP 400 on the token call): a new one is made and stored
    /// (or the one another process stored meanwhile is taken), and the anonymous token, issued for the
    /// old id, is dropped here. Later requests carry the new id.
    /// </summary>
    /// <returns>False when the id is the user's own <c>NEMO_CLIENT_ID</c>, which only the user can change, or one was already made in this process.</returns>
    public bool RenewClientId()
    {
        if (!CanRenewClientId || Interlocked.Increment(ref _renewals) > 1)
        {
            return false;
        }

        Guid renewed;
        try
        {
            renewed = _ids!.Replace(ClientId);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Not kept for the next process, but this one can go on with a new id.
            renewed = Guid.NewGuid();
        }

        lock (_gate)
        {
            _clientId = renewed;
            _anonymous = null;
            return true;
        }
    }

    /// <summary>Where the id and the token come from, never their values.</summary>
    public override string ToString()
    {
        var token = _suppliedToken is not null ? NemoOptions.TokenVariable : "anonymous";
        return $"ClientIdentity {{ ClientId = {(_suppliedClientId ? NemoOptions.ClientIdVariable : "stored")} (hidden), Token = {token} (hidden) }}";
    }
}
