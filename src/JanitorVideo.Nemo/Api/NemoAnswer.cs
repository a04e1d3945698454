using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using JanitorVideo.Core.Errors;

namespace JanitorVideo.Nemo.Api;

/// <summary>
/// Reads the service's envelopes (<c>{"code":0,"data":…}</c>, renders <c>{"success":true,"data":…}</c>)
/// and turns every refusal into a <see cref="VideoBackendException"/> of the catalogue's kind, with
/// the service's own words when it gave some.
/// </summary>
internal static class NemoAnswer
{
    /// <summary>The answer's body when it says success; else the refusal as an exception.</summary>
    /// <param name="secret">The token the request carried: never repeated, whatever the service echoes.</param>
    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken, string? secret = null)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonObject? body = null;
        try
        {
            body = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, say): judged by the HTTP status alone below.
        }

        var code = body?["code"] is JsonValue value && value.TryGetValue<int>(out var number) ? number : (int?)null;
        var refused = body?["success"] is JsonValue success && success.GetValueKind() == JsonValueKind.False;
        if (response.IsSuccessStatusCode && body is not null && (code ?? ErrorCatalogue.Success) == ErrorCatalogue.Success && !refused)
        {
            return body;
        }

        var message = body?["message"] is JsonValue words && words.GetValueKind() == JsonValueKind.String ? words.GetValue<string>() : null;
        if (message is not null && !string.IsNullOrEmpty(secret))
        {
            message = message.Replace(secret, "(token)", StringComparison.Ordinal);
        }

        throw Refusal(response.StatusCode, code, message);
    }

    /// <summary>The <c>data</c> object of a successful answer.</summary>
    public static async Task<JsonObject> DataAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        (await ReadAsync(response, cancellationToken))["data"] as JsonObject
        ?? throw new VideoBackendException(ErrorKind.Unexpected, ErrorCatalogue.Explain(ErrorKind.Unexpected), "an answer without data");

    /// <summary>The kind a code or status means, the service's words when it gave any, and the catalogue's otherwise.</summary>
    public static VideoBackendException Refusal(HttpStatusCode status, int? code, string? message)
    {
        // A code the catalogue does not know (the studio echoes the HTTP status there) says less than the status.
        var known = code is { } c and not ErrorCatalogue.Success && ErrorCatalogue.FromApiCode(c) is { Kind: not ErrorKind.Unexpected } byCode ? byCode : null;
        var entry = known ?? ErrorCatalogue.FromHttpStatus((int)status);
        // Every request carries the client id, so an HTTP 400 is input the service would not take, not a missing id.
        var kind = entry?.Kind is ErrorKind.MissingClientId ? ErrorKind.InvalidInput : entry?.Kind ?? KindOfStatus(status);
        // The catalogue's words carry the advice (formats, compression, registration); the service's own go to the log.
        var words = entry is not null && kind != ErrorKind.InvalidInput || string.IsNullOrWhiteSpace(message) ? ErrorCatalogue.Explain(kind) : message;
        return new VideoBackendException(kind, words,
            $"HTTP {(int)status}, code {code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}: {message ?? "no message"}");
    }

    private static ErrorKind KindOfStatus(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => ErrorKind.TokenInvalid,
        HttpStatusCode.NotFound => ErrorKind.NotFound,
        HttpStatusCode.Conflict => ErrorKind.RenderFailed,
        HttpStatusCode.UnprocessableEntity => ErrorKind.InvalidInput,
        HttpStatusCode.RequestEntityTooLarge => ErrorKind.FileTooLarge,
        HttpStatusCode.UnsupportedMediaType => ErrorKind.UnsupportedFileType,
        HttpStatusCode.GatewayTimeout or HttpStatusCode.RequestTimeout => ErrorKind.Timeout,
        >= HttpStatusCode.InternalServerError => ErrorKind.BackendUnreachable,
        _ => ErrorKind.Unexpected,
    };
}
