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

    /// <summary>
    /// True for addresses on the public internet. An IPv6 address that carries an IPv4 address
    /// (IPv4-mapped, IPv4-compatible, NAT64 64:ff9b::/96, 6to4 2002::/16, Teredo 2001::/32) is
    /// judged by the IPv4 address it carries, since a gateway or the host's stack may deliver it there.
    /// </summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return IsPublicIPv4(address.GetAddressBytes());
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            if (IPAddress.IsLoopback(address)
                || address.Equals(IPAddress.IPv6None)
                || address.IsIPv6LinkLocal
                || address.IsIPv6SiteLocal
                || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC                    // unique local fc00::/7
                || (b[0] == 0xFD && b[1] == 0x00 && b[2] == 0x0E && b[3] == 0xC2)) // AWS IMDS fd00:ec2::/32
            {
                return false;
            }
            if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B)
            {
                // NAT64: the well-known prefix 64:ff9b::/96 carries the IPv4 address in its last 32 bits;
                // the local-use prefix 64:ff9b:1::/48 only reaches the operator's own networks.
                if (b[4] == 0x00 && b[5] == 0x01)
                {
                    return false;
                }
                return b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0 && IsPublicIPv4(b.AsSpan(12, 4));
            }
            if (b[0] == 0x20 && b[1] == 0x02)
            {
                return IsPublicIPv4(b.AsSpan(2, 4));       // 6to4 2002:AABB:CCDD::/48
            }
            if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00)
            {
                // Teredo 2001::/32: the server's IPv4 address, then the client's with every bit inverted.
                Span<byte> client = stackalloc byte[4];
                for (var i = 0; i < 4; i++)
                {
                    client[i] = (byte)~b[12 + i];
                }
                return IsPublicIPv4(b.AsSpan(4, 4)) && IsPublicIPv4(client);
            }
            if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0)
            {
                return IsPublicIPv4(b.AsSpan(12, 4));      // IPv4-compatible ::a.b.c.d (:: and ::1 refused above)
            }
            return true;
        }
        return false;
    }

    private static bool IsPublicIPv4(ReadOnlySpan<byte> b) =>
        !(b[0] == 0                                       // "this" network
          || b[0] == 10                                   // private
          || b[0] == 127                                  // loopback
          || (b[0] == 100 && b[1] >= 64 && b[1] < 128)    // carrier-grade NAT
          || (b[0] == 169 && b[1] == 254)                 // link-local, cloud metadata
          || (b[0] == 172 && b[1] >= 16 && b[1] < 32)     // private
          || (b[0] == 192 && b[1] == 0 && b[2] == 0)      // IETF protocol assignments
          || (b[0] == 192 && b[1] == 168)                 // private
          || (b[0] == 198 && (b[1] == 18 || b[1] == 19))  // benchmarking
          || b[0] >= 224);                                // multicast, reserved, broadcast

    private static string Refusal(Uri url) =>
        $"'{UserText.Shorten(url.GetLeftPart(UriPartial.Authority))}' points at this machine or a private network, which uploads may not reach. Use a public link or a local file path.";
}
