using System.Net;
using System.Net.Sockets;
using JanitorVideo.Core.Text;

namespace JanitorVideo.Core.Net;

/// <summary>
/// Which URLs the product will fetch on a user's behalf: http(s) to public addresses only. A URL
/// that reaches loopback, a private or link-local network, multicast or a cloud metadata service
/// is refused, so an upload cannot be turned against the machine or its network.
/// Host names are checked after resolution by the caller (every address, and again on redirects).
/// </summary>
public static class UrlPolicy
{
    /// <summary>Why a URL is refused, in words for the user; null when it may be fetched (pending DNS checks).</summary>
    public static string? CheckUrl(Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return $"Only http(s) links can be uploaded; '{UserText.Shorten(url.OriginalString)}' is not one.";
        }
        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            return "Links with a user name or password in them are not fetched; share a public link instead.";
        }
        var host = url.IdnHost.TrimEnd('.').ToLowerInvariant();
        if (host is "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal) || host is "metadata.google.internal")
        {
            return Refusal(url);
        }
        if (IPAddress.TryParse(url.HostNameType == UriHostNameType.IPv6 ? url.Host.Trim('[', ']') : host, out var address)
            && !IsPublic(address))
        {
            return Refusal(url);
        }
        return null;
    }

    /// <summary>The refusal for a URL whose host resolved to <paramref name="address"/>, or null when public.</summary>
    public static string? CheckResolvedAddress(Uri url, IPAddress address) => IsPublic(address) ? null : Refusal(url);

    /// <summary>True for addresses on the public internet.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 0                                   // "this" network
                     || b[0] == 10                               // private
                     || b[0] == 127                              // loopback
                     || (b[0] == 100 && b[1] >= 64 && b[1] < 128) // carrier-grade NAT
                     || (b[0] == 169 && b[1] == 254)             // link-local, cloud metadata
                     || (b[0] == 172 && b[1] >= 16 && b[1] < 32) // private
                     || (b[0] == 192 && b[1] == 0 && b[2] == 0)  // IETF protocol assignments
                     || (b[0] == 192 && b[1] == 168)             // private
                     || (b[0] == 198 && (b[1] == 18 || b[1] == 19)) // benchmarking
                     || b[0] >= 224);                            // multicast, reserved, broadcast
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return !(IPAddress.IsLoopback(address)
                     || address.Equals(IPAddress.IPv6None)
                     || address.IsIPv6LinkLocal
                     || address.IsIPv6SiteLocal
                     || address.IsIPv6Multicast
                     || (b[0] & 0xFE) == 0xFC                    // unique local fc00::/7
                     || (b[0] == 0xFD && b[1] == 0x00 && b[2] == 0x0E && b[3] == 0xC2)); // AWS IMDS fd00:ec2::/32
        }
        return false;
    }

    private static string Refusal(Uri url) =>
        $"'{UserText.Shorten(url.GetLeftPart(UriPartial.Authority))}' points at this machine or a private network, which uploads may not reach. Use a public link or a local file path.";
}
