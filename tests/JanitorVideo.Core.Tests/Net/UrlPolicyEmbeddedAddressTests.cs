using System.Net;
using JanitorVideo.Core.Net;

namespace JanitorVideo.Core.Tests.Net;

public sealed class UrlPolicyEmbeddedAddressTests
{
    [Theory]
    // NAT64 well-known prefix 64:ff9b::/96: the last 32 bits are the IPv4 address.
    [InlineData("http://[64:ff9b::127.0.0.1]/")]
    [InlineData("http://[64:ff9b::7f00:1]/")]
    [InlineData("http://[64:ff9b::a9fe:a9fe]/")]
    [InlineData("http://[64:ff9b::10.0.0.1]/")]
    [InlineData("http://[64:ff9b::c0a8:101]/")]
    // NAT64 local-use prefix 64:ff9b:1::/48: local networks only, whatever it carries.
    [InlineData("http://[64:ff9b:1::808:808]/")]
    [InlineData("http://[64:ff9b:1::127.0.0.1]/")]
    // 6to4 2002::/16: bytes 2-5 are the IPv4 address.
    [InlineData("http://[2002:7f00:1::]/")]
    [InlineData("http://[2002:c0a8:101::]/")]
    [InlineData("http://[2002:a9fe:a9fe::1]/")]
    [InlineData("http://[2002:a00:1::]/")]
    // IPv4-compatible ::a.b.c.d.
    [InlineData("http://[::127.0.0.1]/")]
    [InlineData("http://[::10.0.0.1]/")]
    [InlineData("http://[::a9fe:a9fe]/")]
    [InlineData("http://[::c0a8:101]/")]
    [InlineData("http://[::]/")]
    [InlineData("http://[::1]/")]
    // IPv4-mapped ::ffff:a.b.c.d (already refused; kept as a guard).
    [InlineData("http://[::ffff:127.0.0.1]/")]
    [InlineData("http://[::ffff:a9fe:a9fe]/")]
    // Teredo 2001::/32: server IPv4 in bytes 4-7, client IPv4 inverted in the last 32 bits.
    [InlineData("http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/")] // client 127.0.0.1
    [InlineData("http://[2001:0:4136:e378:8000:63bf:5601:5601]/")] // client 169.254.169.254
    [InlineData("http://[2001:0:a00:1:8000:63bf:f7f7:f7f7]/")]     // server 10.0.0.1
    // IPv4 loopback, link-local and private spelled in decimal, octal, hex and short forms.
    [InlineData("http://2130706433/")]
    [InlineData("http://0177.0.0.1/")]
    [InlineData("http://017700000001/")]
    [InlineData("http://0x7f.0.0.1/")]
    [InlineData("http://0X7F.0.0.1/")]
    [InlineData("http://0x7f000001/")]
    [InlineData("http://0x7f.1/")]
    [InlineData("http://127.1/")]
    [InlineData("http://127.0.1/")]
    [InlineData("http://127.000.000.001/")]
    [InlineData("http://2852039166/")]
    [InlineData("http://0xa9fea9fe/")]
    [InlineData("http://0251.0376.0251.0376/")]
    [InlineData("http://169.16689662/")]
    [InlineData("http://10.1/")]
    [InlineData("http://192.168.257/")]
    [InlineData("http://0/")]
    // With a trailing dot System.Uri keeps the spelling as a DNS name; the policy still reads it as an address.
    [InlineData("http://2130706433./")]
    [InlineData("http://0177.0.0.1./")]
    [InlineData("http://0x7f.0.0.1./")]
    [InlineData("http://0x7f000001./")]
    [InlineData("http://127.1./")]
    public void CheckUrl_AddressReachingPrivateIPv4_IsRefused(string link)
    {
        var url = new Uri(link);

        Assert.NotNull(UrlPolicy.CheckUrl(url));
        var address = HostAddress(url);
        Assert.False(UrlPolicy.IsPublic(address));
        Assert.NotNull(UrlPolicy.CheckResolvedAddress(url, address));
    }

    [Theory]
    [InlineData("http://[64:ff9b::8.8.8.8]/")]
    [InlineData("http://[64:ff9b::808:808]/")]
    [InlineData("http://[2002:808:808::]/")]
    [InlineData("http://[2002:808:808:1::1]/")]
    [InlineData("http://[::8.8.8.8]/")]
    [InlineData("http://[::ffff:8.8.8.8]/")]
    [InlineData("http://[2001:0:4136:e378:8000:63bf:f7f7:f7f7]/")] // server 65.54.227.120, client 8.8.8.8
    [InlineData("http://[2001:4860:4860::8888]/")]
    [InlineData("http://134744072/")]
    [InlineData("http://010.010.010.010/")]
    [InlineData("http://0x8.0x8.0x8.0x8/")]
    [InlineData("http://0x08080808/")]
    [InlineData("http://8.8.2056/")]
    [InlineData("http://8.526344/")]
    [InlineData("http://134744072./")]
    public void CheckUrl_AddressReachingPublicIPv4_IsAccepted(string link)
    {
        var url = new Uri(link);

        Assert.Null(UrlPolicy.CheckUrl(url));
        var address = HostAddress(url);
        Assert.True(UrlPolicy.IsPublic(address));
        Assert.Null(UrlPolicy.CheckResolvedAddress(url, address));
    }

    // Records what the policy relies on least: System.Uri itself rewrites numeric IPv4 spellings to dotted decimal.
    [Theory]
    [InlineData("http://2130706433/")]
    [InlineData("http://0177.0.0.1/")]
    [InlineData("http://0x7f.0.0.1/")]
    [InlineData("http://0x7f000001/")]
    [InlineData("http://127.1/")]
    public void Uri_NumericIPv4Spelling_IsCanonicalisedToDottedDecimal(string link)
    {
        var url = new Uri(link);

        Assert.Equal(UriHostNameType.IPv4, url.HostNameType);
        Assert.Equal("127.0.0.1", url.Host);
        Assert.Equal("127.0.0.1", url.IdnHost);
    }

    private static IPAddress HostAddress(Uri url) =>
        IPAddress.Parse(url.HostNameType == UriHostNameType.IPv6 ? url.Host.Trim('[', ']') : url.IdnHost.TrimEnd('.'));
}
