using System.Security.Cryptography;
using System.Text;
using JanitorVideo.Server.Configuration;
using Microsoft.AspNetCore.Http;

namespace JanitorVideo.Server.Hosting;

/// <summary>
/// Checks every HTTP request before MCP sees it. DNS rebinding: the Host must be a loopback name
/// (or one configured), else 400; an Origin, when sent, must be a loopback origin (or configured),
/// else 403. Authentication: when a bearer token is configured (required off loopback), requests
/// without it get 401. The token is compared in constant time and never logged.
/// </summary>
public sealed class RequestGuard
{
    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "::1"];

    private readonly HashSet<string> _allowedHosts;
    private readonly HashSet<string> _allowedOrigins;
    private readonly byte[]? _token;

    public RequestGuard(JanitorSettings settings, HttpEndpoint endpoint)
    {
        _allowedHosts = new HashSet<string>(LoopbackNames.Concat(settings.ExtraAllowedHosts).Select(NormalizeHost), StringComparer.OrdinalIgnoreCase);
        if (!endpoint.IsLoopback && endpoint.Host is not ("0.0.0.0" or "::" or "*" or "+"))
        {
            _allowedHosts.Add(NormalizeHost(endpoint.Host));
        }
        _allowedOrigins = new HashSet<string>(settings.ExtraAllowedOrigins.Select(o => o.TrimEnd('/')), StringComparer.OrdinalIgnoreCase);
        _token = settings.HttpToken is null ? null : Encoding.UTF8.GetBytes(settings.HttpToken);
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!_allowedHosts.Contains(NormalizeHost(context.Request.Host.Host)))
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest,
                "Host not allowed. Connect through localhost, or add this host name to JANITOR_ALLOWED_HOSTS.");
            return;
        }
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length > 0 && !IsAllowedOrigin(origin))
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden,
                "Origin not allowed. Browser pages may call this server only from localhost, or from origins listed in JANITOR_ALLOWED_ORIGINS.");
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

    private bool IsAllowedOrigin(string origin) =>
        _allowedOrigins.Contains(origin.TrimEnd('/'))
        || (Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && LoopbackNames.Contains(NormalizeHost(uri.Host), StringComparer.OrdinalIgnoreCase));

    private bool HasToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var presented = Encoding.UTF8.GetBytes(header[scheme.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(presented, _token);
    }

    private static string NormalizeHost(string host) => host.Trim().Trim('[', ']').TrimEnd('.').ToLowerInvariant();

    private static Task RefuseAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message);
    }
}
