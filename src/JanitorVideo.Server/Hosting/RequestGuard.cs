using JanitorVideo.Core.Net;
using JanitorVideo.Server.Configuration;
using Microsoft.AspNetCore.Http;

namespace JanitorVideo.Server.Hosting;

/// <summary>
/// Checks every HTTP request before MCP sees it. DNS rebinding (<see cref="HostOriginGuard"/>, shared
/// with the studio's API): a foreign Host gets 400, a foreign Origin 403. Authentication: when a
/// bearer token is configured (required off loopback), requests without it get 401. The token is
/// compared in constant time and never logged.
/// </summary>
public sealed class RequestGuard
{
    private readonly HostOriginGuard _hosts;
    private readonly AccessKey? _token;

    public RequestGuard(JanitorSettings settings, HttpEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(endpoint);
        _hosts = new HostOriginGuard(settings.ExtraAllowedHosts, settings.ExtraAllowedOrigins, endpoint.Host);
        _token = settings.HttpToken is null ? null : new AccessKey(settings.HttpToken);
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        switch (_hosts.Judge(context.Request.Host.Host, context.Request.Headers.Origin.ToString()))
        {
            case HostOriginVerdict.ForeignHost:
                await RefuseAsync(context, StatusCodes.Status400BadRequest, HostOriginGuard.ForeignHostMessage);
                return;
            case HostOriginVerdict.ForeignOrigin:
                await RefuseAsync(context, StatusCodes.Status403Forbidden, HostOriginGuard.ForeignOriginMessage);
                return;
        }
        if (_token is not null && !HasToken(context.Request))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"janitor-video\"";
            await RefuseAsync(context, StatusCodes.Status401Unauthorized,
                "A bearer token is required: send 'Authorization: Bearer <JANITOR_HTTP_TOKEN>'.");
            return;
        }
        await next(context);
    }

    private bool HasToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && _token!.Matches(header[scheme.Length..]);
    }

    private static Task RefuseAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message);
    }
}
