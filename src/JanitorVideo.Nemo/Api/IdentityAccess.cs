using System.Globalization;
using System.Net.Http.Json;
using JanitorVideo.Core.Drafts;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Skill;
using JanitorVideo.Nemo.Configuration;
using JanitorVideo.Nemo.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace JanitorVideo.Nemo.Api;

/// <summary>
/// Access through the persisted <see cref="ClientIdentity"/>: the user's own token when one is
/// configured, else the stored anonymous token, else a new one asked for with the client id and
/// stored for the next process. Callers that need a token at the same moment share one request, so
/// the anonymous allowance is not spent twice. The token request keeps the recovery rules too
/// (<see cref="NemoRecovery"/>): a rate limit is waited out once, a refused client id replaced once.
/// </summary>
public sealed class IdentityAccess : INemoAccess
{
    private static readonly NemoCall TokenCall = new("the token request", Idempotent: false, TimeSpan.FromSeconds(30), ClientIdCall: true);

    private readonly HttpClient _http;
    private readonly ClientIdentity _identity;
    private readonly TimeProvider _time;
    private readonly SkillAttribution? _attribution;
    private readonly ResiliencePipeline<NemoReply> _recovery;
    private readonly Lock _gate = new();
    private Task<string>? _request;

    /// <param name="attribution">The attribution headers the token request carries, as every request does.</param>
    public IdentityAccess(HttpClient http, ClientIdentity identity, TimeProvider time, NemoIntervals? intervals = null,
        SkillAttribution? attribution = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(time);
        _http = http;
        _identity = identity;
        _time = time;
        _attribution = attribution;
        _recovery = NemoRecovery.Build(this, intervals ?? new NemoIntervals(), time, logger ?? NullLogger.Instance);
    }

    public string ClientId => _identity.ClientIdText;

    public bool IsAnonymous => !_identity.HasSuppliedToken;

    public bool CanRenewClientId => _identity.CanRenewClientId;

    public ValueTask<string> TokenAsync(CancellationToken cancellationToken)
    {
        if (_identity.CurrentToken() is { } token)
        {
            return ValueTask.FromResult(token);
        }

        Task<string> request;
        lock (_gate)
        {
            // Looked at again under the lock: a request that finished meanwhile has stored its token.
            if (_identity.CurrentToken() is { } stored)
            {
                return ValueTask.FromResult(stored);
            }

            // Not tied to one caller's token: the request is shared, and its own time limit bounds it.
            _request = _request is { IsCompleted: false } running ? running : RequestAsync();
            request = _request;
        }

        return new ValueTask<string>(request.WaitAsync(cancellationToken));
    }

    public void Rejected(string token) => _identity.ForgetToken(token);

    public void RenewClientId() => _identity.RenewClientId();

    public override string ToString() => $"{nameof(IdentityAccess)} {{ {_identity} }}";

    private async Task<string> RequestAsync()
    {
        var reply = await NemoRecovery.RunAsync(_recovery, TokenCall, attempt => NemoRecovery.WithinAsync(TokenCall.Limit, _time, async limit =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, NemoPaths.AnonymousToken) { Content = JsonContent.Create(new { }) };
            // Read for each attempt: a refused id has been replaced before the retry.
            request.Headers.Add(ClientIdentity.ClientIdHeader, ClientId);
            foreach (var (name, value) in _attribution?.Headers ?? [])
            {
                request.Headers.Add(name, value);
            }

            using var response = await _http.SendAsync(request, limit);
            return await NemoReply.ReadAsync(response, null, _time, limit);
        }, attempt), CancellationToken.None);
        var data = NemoAnswer.Data(reply, new RefusalContext(null, SuppliedToken: false, ClientIdCall: true, SuppliedClientId: _identity.HasSuppliedClientId), TokenCall.Name);
        var token = DraftValues.Text(data, "token")
            ?? throw new VideoBackendException(ErrorKind.TokenInvalid, ErrorCatalogue.Explain(ErrorKind.TokenInvalid), "an anonymous-token answer without a token");
        var expires = DraftValues.Text(data, "expires_at") is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : _time.GetUtcNow().AddDays(7);
        _identity.Remember(new AnonymousToken { Token = token, UserId = DraftValues.Text(data, "user_id") ?? "", ExpiresAt = expires });
        return token;
    }
}
