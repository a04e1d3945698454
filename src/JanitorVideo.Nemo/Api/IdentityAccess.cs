using System.Globalization;
using System.Net.Http.Json;
using JanitorVideo.Core.Drafts;
using JanitorVideo.Core.Errors;
using JanitorVideo.Nemo.Identity;

namespace JanitorVideo.Nemo.Api;

/// <summary>
/// Access through the persisted <see cref="ClientIdentity"/>: the user's own token when one is
/// configured, else the stored anonymous token, else a new one asked for with the client id and
/// stored for the next process. Callers that need a token at the same moment share one request, so
/// the anonymous allowance is not spent twice.
/// </summary>
public sealed class IdentityAccess(HttpClient http, ClientIdentity identity, TimeProvider time) : INemoAccess
{
    private readonly Lock _gate = new();
    private Task<string>? _request;

    public string ClientId => identity.ClientIdText;

    public bool IsAnonymous => !identity.HasSuppliedToken;

    public ValueTask<string> TokenAsync(CancellationToken cancellationToken)
    {
        if (identity.CurrentToken() is { } token)
        {
            return ValueTask.FromResult(token);
        }

        Task<string> request;
        lock (_gate)
        {
            // Looked at again under the lock: a request that finished meanwhile has stored its token.
            if (identity.CurrentToken() is { } stored)
            {
                return ValueTask.FromResult(stored);
            }

            // Not tied to one caller's token: the request is shared, and its own time limit bounds it.
            _request = _request is { IsCompleted: false } running ? running : RequestAsync();
            request = _request;
        }

        return new ValueTask<string>(request.WaitAsync(cancellationToken));
    }

    public void Rejected(string token) => identity.ForgetToken(token);

    public override string ToString() => $"{nameof(IdentityAccess)} {{ {identity} }}";

    private async Task<string> RequestAsync()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30), time);
        var data = await CallLimit.WithinAsync(limit, async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, NemoPaths.AnonymousToken) { Content = JsonContent.Create(new { }) };
            request.Headers.Add(ClientIdentity.ClientIdHeader, ClientId);
            using var response = await http.SendAsync(request, limit.Token);
            return await NemoAnswer.DataAsync(response, limit.Token);
        }, CancellationToken.None);
        var token = DraftValues.Text(data, "token")
            ?? throw new VideoBackendException(ErrorKind.TokenInvalid, ErrorCatalogue.Explain(ErrorKind.TokenInvalid), "an anonymous-token answer without a token");
        var expires = DraftValues.Text(data, "expires_at") is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : time.GetUtcNow().AddDays(7);
        identity.Remember(new AnonymousToken { Token = token, UserId = DraftValues.Text(data, "user_id") ?? "", ExpiresAt = expires });
        return token;
    }
}
