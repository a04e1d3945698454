using System.Net;

namespace JanitorVideo.Core.Net;

/// <summary>What <see cref="HostOriginGuard"/> makes of a request.</summary>
public enum HostOriginVerdict
{
    Allowed,

    /// <summary>The Host header names neither a loopback name nor a configured one (answer 400).</summary>
    ForeignHost,

    /// <summary>A browser sent an Origin that is neither loopback nor configured (answer 403).</summary>
    ForeignOrigin,
}

/// <summary>
/// DNS-rebinding protection shared by every HTTP face (the MCP transport and the studio's API): the
/// Host must be a loopback name, the address the server was told to listen on, or one configured
/// (<c>JANITOR_ALLOWED_HOSTS</c>); an Origin, when a browser sends one, must be an http(s) loopback
/// origin on any port or one configured (<c>JANITOR_ALLOWED_ORIGINS</c>). Pure: no HTTP types, so each
/// face answers a refusal in its own shape.
/// </summary>
public sealed class HostOriginGuard
{
    public const string ForeignHostMessage =
        "Host not allowed. Connect through localhost, or add this host name to JANITOR_ALLOWED_HOSTS.";

    public const string ForeignOriginMessage =
        "Origin not allowed. Browser pages may call this server only from localhost, or from origins listed in JANITOR_ALLOWED_ORIGINS.";

    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "::1"];

    private readonly HashSet<string> _allowedHosts;
    private readonly HashSet<string> _allowedOrigins;

    /// <param name="listenHost">The address the server listens on; a specific non-loopback one is accepted as a Host too.</param>
    public HostOriginGuard(IEnumerable<string> extraHosts, IEnumerable<string> extraOrigins, string listenHost)
    {
        ArgumentNullException.ThrowIfNull(extraHosts);
        ArgumentNullException.ThrowIfNull(extraOrigins);
        ArgumentNullException.ThrowIfNull(listenHost);
        _allowedHosts = new HashSet<string>(LoopbackNames.Concat(extraHosts).Select(NormalizeHost), StringComparer.OrdinalIgnoreCase);
        if (!IsLoopback(listenHost) && listenHost is not ("0.0.0.0" or "::" or "[::]" or "*" or "+"))
        {
            _allowedHosts.Add(NormalizeHost(listenHost));
        }
        _allowedOrigins = new HashSet<string>(extraOrigins.Select(o => o.TrimEnd('/')), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True when only this machine can connect to <paramref name="listenHost"/>: localhost or a loopback address.</summary>
    public static bool IsLoopback(string listenHost)
    {
        ArgumentNullException.ThrowIfNull(listenHost);
        return listenHost.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(listenHost.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }

    /// <param name="host">The Host header's host part (no port).</param>
    /// <param name="origin">The Origin header; empty or null when none was sent.</param>
    public HostOriginVerdict Judge(string host, string? origin)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (!_allowedHosts.Contains(NormalizeHost(host)))
        {
            return HostOriginVerdict.ForeignHost;
        }
        return string.IsNullOrEmpty(origin) || IsAllowedOrigin(origin) ? HostOriginVerdict.Allowed : HostOriginVerdict.ForeignOrigin;
    }

    private bool IsAllowedOrigin(string origin) =>
        _allowedOrigins.Contains(origin.TrimEnd('/'))
        || (Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && LoopbackNames.Contains(NormalizeHost(uri.Host), StringComparer.OrdinalIgnoreCase));

    private static string NormalizeHost(string host) => host.Trim().Trim('[', ']').TrimEnd('.').ToLowerInvariant();
}
