using System.Net.Http.Json;
using JanitorVideo.Core.Errors;

namespace JanitorVideo.Nemo.Api;

/// <summary>
/// Access with the user's own token when one is configured, else with an anonymous token asked for
/// with the client id and kept until the service refuses it. Only one request for a token is in
/// flight at a time, so callers starting together do not spend the anonymous allowance twice.
/// </summary>
public sealed class AnonymousAccess(HttpClient http, string clientId, string? configuredToken = null) : INemoAccess
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token = configuredToken;

    public string ClientId => clientId;

    public bool IsAnonymous => configuredToken is null;

    public async ValueTask<string> TokenAsync(CancellationToken cancellationToken)
    {
        if (_token is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_token is { } fetched)
            {
                return fetched;
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, NemoPaths.AnonymousToken) { Content = JsonContent.Create(new { }) };
            request.Headers.Add("X-Client-Id", clientId);
            using var response = await http.SendAsync(request, cancellationToken);
            var data = await NemoAnswer.DataAsync(response, cancellationToken);
            _token = data["token"]?.GetValue<string>()
                ?? throw new VideoBackendException(ErrorKind.TokenInvalid, ErrorCatalogue.Explain(ErrorKind.TokenInvalid), "an anonymous-token answer without a token");
            return _token;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Rejected(string token)
    {
        // A configured token that is refused stays refused: asking again would not help, and the user must replace it.
        if (configuredToken is null)
        {
            Interlocked.CompareExchange(ref _token, null, token);
        }
    }

    public override string ToString() => $"{nameof(AnonymousAccess)} {{ ClientId = {clientId}, Token = {(_token is null ? "none" : "***")} }}";
}
