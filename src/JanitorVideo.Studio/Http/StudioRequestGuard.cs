using JanitorVideo.Core.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Studio.Http;

/// <summary>
/// Checks every request before any route sees it, as the MCP transport does (<see cref="HostOriginGuard"/>):
/// a foreign Host is 400, a foreign browser Origin 403, and, when the operator set an access key,
/// a request without it in <see cref="KeyHeader"/> is 401 with the
/// <see cref="AccessKey.StudioChallenge"/> challenge. Refusals answer in the envelope of the
/// path's family, their code the HTTP status. The key travels in its own header because
/// <c>Authorization</c> carries the user's token; it is compared in constant time and never logged.
/// </summary>
internal sealed class StudioRequestGuard(HostOriginGuard hosts, AccessKey? key, ILogger logger)
{
    public const string KeyHeader = AccessKey.StudioHeader;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var refusal = hosts.Judge(request.Host.Host, request.Headers.Origin.ToString()) switch
        {
            HostOriginVerdict.ForeignHost => (Status: StatusCodes.Status400BadRequest, Message: HostOriginGuard.ForeignHostMessage),
            HostOriginVerdict.ForeignOrigin => (StatusCodes.Status403Forbidden, HostOriginGuard.ForeignOriginMessage),
            _ when key is not null && !key.Matches(request.Headers[KeyHeader].ToString()) =>
                (StatusCodes.Status401Unauthorized, $"This studio asks for its access key: send '{KeyHeader}: <JANITOR_HTTP_TOKEN>' with every request."),
            _ => ((int Status, string Message)?)null,
        };
        if (refusal is not { } refused)
        {
            await next(context);
            return;
        }

        logger.LogInformation("{Method} {Path} refused with {Status} by the request guard", request.Method, request.Path, refused.Status);
        if (refused.Status == StatusCodes.Status401Unauthorized)
        {
            // A 401 names its challenge; this one says the studio's key is missing, not the user's token.
            context.Response.Headers.WWWAuthenticate = $"{AccessKey.StudioChallenge} header=\"{KeyHeader}\"";
        }

        var family = ApiResponses.FamilyOf(request.Path);
        await ApiResponses.Error(family, refused.Status, refused.Status, refused.Message).ExecuteAsync(context);
    }
}
