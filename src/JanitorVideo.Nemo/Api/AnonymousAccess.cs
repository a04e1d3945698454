using System.Net.Http.Json;
using JanitorVideo.Core.Errors;

namespace JanitorVideo.Nemo.Api;

/// <summary>
/// Access with the user's own token when one is configured, else with an anonymous token asked for
/// with the client id and kept until the service refuses it. Callers that need a token at the same
/// moment share one request, so the anonymous allowance is not spent twice.
/// </summary>
public sealed class AnonymousAccess : INemoAccess
{
    private readonly HttpClient _http;
    private readonly string? _configured;
    private Task<string>? _anonymous;

    public AnonymousAccess(HttpClient http, string clientId, string? configuredToken = null)
    {
        _http = http;
        ClientId = clientId;
        _configured = configuredToken;
    }

    public string ClientId { get; }

    public bool IsAnonymous => _configured is null;

    public ValueTask<string> TokenAsync(CancellationToken cancellationToken)
    {
        if (_configured is not null)
        {
            return ValueTask.FromResult(_configured);
        }

        var current = Volatile.Read(ref _anonymous);
        if (current is null || current.IsFaulted || current.IsCanceled)
        {
            // Not tied to one caller's token: the request is shared, and the HttpClient's own timeout bounds it.
            var request = RequestAsync();
            current = Interlocked.CompareExchange(ref _anonymous, request, current) == current ? request : Volatile.Read(ref _anonymous)!;
        }

        return new ValueTask<string>(current.WaitAsync(cancellationToken));
    }

    public void Rejected(string token)
    {
        // A configured token that is refused stays refused: the user must replace it.
        var current = Volatile.Read(ref _anonymous);
        if (current is { IsCompletedSuccessfully: true } && current.Result == token)
        {
            Interlocked.CompareExchange(ref _anonymous, null, current);
        }
    }

    public override string ToString() => $"{nameof(AnonymousAccess)} {{ ClientId = {ClientId}, Token = {(IsAnonymous ? "anonymous" : "configured")} }}";

    private async Task<string> RequestAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, NemoPaths.AnonymousToken) { Content = JsonContent.Create(new { }) };
        request.Headers.Add("X-Client-Id", ClientId);
        using var response = await _http.SendAsync(request);
        var data = await NemoAnswer.DataAsync(response, CancellationToken.None);
        return data["token"]?.GetValue<string>()
            ?? throw new VideoBackendException(ErrorKind.TokenInvalid, ErrorCatalogue.Explain(ErrorKind.TokenInvalid), "an anonymous-token answer without a token");
    }
}
