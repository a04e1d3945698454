using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JanitorVideo.Nemo.Api;

/// <summary>
/// One answer of the service, read down to what the recovery rules judge it by: the HTTP status, the
/// envelope's <c>code</c> and <c>message</c>, and how long it asked us to wait. A reply stream that
/// opened is not read here: <see cref="Stream"/> hands the live response to the caller.
/// </summary>
internal sealed record NemoReply(HttpStatusCode Status, int? Code, string? Message, JsonObject? Body, TimeSpan? RetryAfter)
{
    /// <summary>The open event stream of an accepted message (the caller reads and disposes it); null for every other answer.</summary>
    public HttpResponseMessage? Stream { get; init; }

    /// <summary>The token the request carried (to forget it when refused); never shown.</summary>
    public string? Token { get; init; }

    /// <summary>The answer is our studio's refusal for a missing or wrong access key (<c>NEMO_STUDIO_KEY</c>), not of the user's token.</summary>
    public bool AsksStudioKey { get; init; }

    /// <summary>The request carried a studio access key (so a refusal means the wrong key, not a missing one).</summary>
    public bool SentStudioKey { get; init; }

    /// <summary>Whether the service said yes: a 2xx status, a body, code 0 (or none) and no <c>success:false</c>.</summary>
    public bool Succeeded => Stream is not null
        || (int)Status is >= 200 and < 300 && Body is not null && (Code ?? 0) == 0
        && !(Body["success"] is JsonValue success && success.GetValueKind() == JsonValueKind.False);

    /// <summary>Reads an answer whole (the ordinary calls' answers are small); the token is scrubbed from the service's words.</summary>
    public static async Task<NemoReply> ReadAsync(HttpResponseMessage response, string? token, TimeProvider time, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonObject? body = null;
        try
        {
            body = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, say): judged by the HTTP status alone.
        }

        var code = body?["code"] is JsonValue value && value.TryGetValue<int>(out var number) ? number : (int?)null;
        var message = body?["message"] is JsonValue words && words.GetValueKind() == JsonValueKind.String ? words.GetValue<string>() : null;
        if (message is not null && !string.IsNullOrEmpty(token))
        {
            message = message.Replace(token, "(token)", StringComparison.Ordinal);
        }

        return new NemoReply(response.StatusCode, code, message, body, WaitAsked(response, time))
        {
            Token = token,
            AsksStudioKey = response.StatusCode == HttpStatusCode.Unauthorized
                && response.Headers.WwwAuthenticate.Any(challenge => string.Equals(challenge.Scheme, Core.Net.AccessKey.StudioChallenge, StringComparison.OrdinalIgnoreCase)),
            SentStudioKey = response.RequestMessage?.Headers.Contains(Core.Net.AccessKey.StudioHeader) == true,
        };
    }

    /// <summary>The wait a <c>Retry-After</c> header asks for (seconds or a date), if any.</summary>
    private static TimeSpan? WaitAsked(HttpResponseMessage response, TimeProvider time) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
