using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using JanitorVideo.Core.Errors;

namespace JanitorVideo.Nemo.Api;

/// <summary>
/// Turns the service's answers (<c>{"code":0,"data":…}</c>, renders <c>{"success":true,"data":…}</c>)
/// into a body or, for a refusal, a <see cref="VideoBackendException"/> of the catalogue's kind in
/// the catalogue's words (formats, compression, the registration link); the service's own words go
/// to the exception's detail, for the log.
/// </summary>
internal static class NemoAnswer
{
    /// <summary>The body of an answer that says yes; else the refusal, thrown.</summary>
    public static JsonObject Body(NemoReply reply, RefusalContext context) =>
        reply.Succeeded && reply.Body is { } body ? body : throw Refusal(reply, context);

    /// <summary>The <c>data</c> object of an answer that says yes.</summary>
    public static JsonObject Data(NemoReply reply, RefusalContext context, string what) =>
        Body(reply, context)["data"] as JsonObject
        ?? throw new VideoBackendException(ErrorKind.Unexpected, ErrorCatalogue.Explain(ErrorKind.Unexpected), $"{what} answered without data");

    /// <summary>The kind a refusal's code or status means, in words the user can act on.</summary>
    public static VideoBackendException Refusal(NemoReply reply, RefusalContext context)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var (status, code, message) = (reply.Status, reply.Code, reply.Message);
        if (reply.AsksStudioKey)
        {
            return new VideoBackendException(ErrorKind.TokenInvalid, reply.SentStudioKey
                    ? "The studio at NEMO_API_URL does not accept the key in NEMO_STUDIO_KEY. Set it to that studio's JANITOR_HTTP_TOKEN."
                    : "The studio at NEMO_API_URL asks for an access key. Set NEMO_STUDIO_KEY to that studio's JANITOR_HTTP_TOKEN.", $"HTTP {(int)status}: the studio's access key was refused");
        }

        // A code the catalogue does not know (the studio echoes the HTTP status there) says less than the status.
        var known = code is { } c and not ErrorCatalogue.Success && ErrorCatalogue.FromApiCode(c) is { Kind: not ErrorKind.Unexpected } byCode ? byCode : null;
        var entry = known ?? ErrorCatalogue.FromHttpStatus((int)status);
        // HTTP 400 means a missing client id only where the reference says one is required (the token
        // call); elsewhere the request carried one, so it is input the service would not take.
        var kind = entry?.Kind is ErrorKind.MissingClientId && !context.ClientIdCall ? ErrorKind.InvalidInput : entry?.Kind ?? KindOfStatus(status);
        var words = kind switch
        {
            ErrorKind.InvalidInput or ErrorKind.QuotaExceeded when !string.IsNullOrWhiteSpace(message) => message,
            ErrorKind.OutOfCredits or ErrorKind.ExportBlockedByPlan => ErrorCatalogue.Explain(kind, context.RegistrationLink?.AbsoluteUri),
            ErrorKind.RateLimited when reply.RetryAfter is { } wait =>
                $"The video service is busy and asked us to wait {Seconds(wait)} s. Your project is kept; try again after that.",
            ErrorKind.MissingClientId when context.SuppliedClientId =>
                "The video service refused the client id in NEMO_CLIENT_ID. Unset it to use the one kept in ~/.config/nemovideo, or set another UUID.",
            ErrorKind.MissingClientId =>
                "The video service refused this machine's client id, even after a new one was made. Try again later; if it goes on, set NEMO_CLIENT_ID to a UUID of your own.",
            ErrorKind.TokenInvalid when context.SuppliedToken =>
                "The video service does not accept the token in NEMO_TOKEN (expired, revoked or mistyped). Set a valid NEMO_TOKEN, or unset it to use a free starter token.",
            ErrorKind.TokenInvalid =>
                "The video service refused the free starter token, even after a new one was asked for. Try again in a few minutes; if it goes on, set NEMO_TOKEN to a token of your own NemoVideo account.",
            _ => ErrorCatalogue.Explain(kind),
        };
        return new VideoBackendException(kind, words,
            $"HTTP {(int)status}, code {code?.ToString(CultureInfo.InvariantCulture) ?? "none"}: {message ?? "no message"}");
    }

    private static string Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static ErrorKind KindOfStatus(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => ErrorKind.TokenInvalid,
        HttpStatusCode.NotFound => ErrorKind.NotFound,
        HttpStatusCode.Conflict => ErrorKind.RenderFailed,
        HttpStatusCode.UnprocessableEntity => ErrorKind.InvalidInput,
        HttpStatusCode.RequestEntityTooLarge => ErrorKind.FileTooLarge,
        HttpStatusCode.UnsupportedMediaType => ErrorKind.UnsupportedFileType,
        HttpStatusCode.GatewayTimeout or HttpStatusCode.RequestTimeout => ErrorKind.Timeout,
        HttpStatusCode.InsufficientStorage => ErrorKind.QuotaExceeded,
        >= HttpStatusCode.InternalServerError => ErrorKind.BackendUnreachable,
        _ => ErrorKind.Unexpected,
    };
}

/// <summary>What the words of a refusal depend on besides the answer itself.</summary>
/// <param name="RegistrationLink">Where an anonymous user registers (with <c>?bind=&lt;client id&gt;</c>); null for a user with their own token.</param>
/// <param name="SuppliedToken">The token was the user's own <c>NEMO_TOKEN</c> (it cannot be renewed; the user must fix it).</param>
/// <param name="ClientIdCall">The call is the token request, where an HTTP 400 means the client id was missing or refused.</param>
/// <param name="SuppliedClientId">The client id is the user's own <c>NEMO_CLIENT_ID</c> (only the user can change it).</param>
internal sealed record RefusalContext(Uri? RegistrationLink, bool SuppliedToken, bool ClientIdCall = false, bool SuppliedClientId = false);
