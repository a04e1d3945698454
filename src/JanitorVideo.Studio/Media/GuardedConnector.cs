using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Runtime.ExceptionServices;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Text;

namespace JanitorVideo.Studio.Media;

/// <summary>
/// The connect step of every fetch: resolves the host itself and connects only when every
/// address it resolved to is allowed, to one of those very addresses. Checking at connect time
/// covers each redirect and each DNS answer, and leaves no gap between the check and the
/// connection for a rebinding DNS server to use.
/// </summary>
internal sealed class GuardedConnector(Func<IPAddress, bool> addressAllowed, Func<string, CancellationToken, Task<IPAddress[]>> resolveHost)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endpoint = context.DnsEndPoint;
        var shown = UserText.Shorten(context.InitialRequestMessage.RequestUri?.GetLeftPart(UriPartial.Authority) ?? endpoint.Host);
        var addresses = await ResolveAsync(endpoint.Host, shown, cancellationToken);
        if (addresses.Any(address => !addressAllowed(address)))
        {
            throw new VideoBackendException(ErrorKind.InvalidInput,
                $"'{shown}' leads to this machine or a private network, which uploads may not reach. Use a public link or a local file path.");
        }

        ExceptionDispatchInfo? lastFailure = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(address, endpoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                lastFailure = ExceptionDispatchInfo.Capture(e);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        lastFailure!.Throw();
        throw new UnreachableException();
    }

    private async Task<IPAddress[]> ResolveAsync(string host, string shown, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            return [literal];
        }
        IPAddress[] addresses;
        try
        {
            addresses = await resolveHost(host, cancellationToken);
        }
        catch (SocketException e)
        {
            throw NotFound(shown, e);
        }
        return addresses.Length > 0 ? addresses : throw NotFound(shown, null);
    }

    private static VideoBackendException NotFound(string shown, Exception? inner) =>
        new(ErrorKind.InvalidInput, $"The host of '{shown}' could not be found. Check the link, or download the file and give its path.", inner?.Message, inner);
}
