using System.Net;
using JanitorVideo.Core.Media;
using JanitorVideo.Core.Net;

namespace JanitorVideo.Studio.Media;

/// <summary>How <see cref="RemoteMediaFetcher"/> behaves. The defaults are the product's rules.</summary>
public sealed record RemoteFetchOptions
{
    /// <summary>The whole fetch (connecting, redirects, the body) must finish within this.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The largest body accepted; a larger Content-Length is refused before reading.</summary>
    public long MaxBytes { get; init; } = MediaFormats.MaxUploadBytes;

    /// <summary>Redirects followed, each re-checked; one more is refused.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>
    /// Which addresses may be connected to, checked for every address a host resolves to, on
    /// every connection. Only tests widen it (to reach a server on loopback).
    /// </summary>
    public Func<IPAddress, bool> AddressAllowed { get; init; } = UrlPolicy.IsPublic;

    /// <summary>Resolves a host name to its addresses (DNS by default).</summary>
    public Func<string, CancellationToken, Task<IPAddress[]>> ResolveHost { get; init; } =
        static (host, cancellationToken) => Dns.GetHostAddressesAsync(host, cancellationToken);
}
