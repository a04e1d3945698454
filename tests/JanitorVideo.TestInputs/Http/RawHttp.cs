using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace JanitorVideo.TestInputs.Http;

/// <summary>
/// HTTP/1.1 over a bare socket, for what HttpClient hides: a request whose whole body is written
/// before a byte of the answer is read, as Node's fetch sends without <c>Expect: 100-continue</c>.
/// </summary>
public static class RawHttp
{
    /// <summary>Writes the request with its Content-Length and all of <paramref name="body"/>, then reads the answer; a write the server cut is an IOException.</summary>
    public static Task<(int Status, JsonObject? Body)> PostWholeAsync(Uri baseAddress, string path, string token, string contentType, byte[] body,
        CancellationToken cancellationToken = default) =>
        PostWholeAsync(baseAddress, path, token, contentType, [new MemoryStream(body)], cancellationToken);

    /// <summary>
    /// As the other overload, with the body read from <paramref name="pieces"/> one after another (each of known length),
    /// so a body of hundreds of megabytes is never held in memory.
    /// </summary>
    public static async Task<(int Status, JsonObject? Body)> PostWholeAsync(Uri baseAddress, string path, string token, string contentType,
        IReadOnlyList<Stream> pieces, CancellationToken cancellationToken = default)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(baseAddress.Host, baseAddress.Port, cancellationToken);
        var network = tcp.GetStream();
        var head = $"POST {path} HTTP/1.1\r\nHost: {baseAddress.Authority}\r\nAuthorization: Bearer {token}\r\n" +
            $"Content-Type: {contentType}\r\nContent-Length: {pieces.Sum(piece => piece.Length)}\r\n\r\n";
        await network.WriteAsync(Encoding.ASCII.GetBytes(head), cancellationToken);
        foreach (var piece in pieces)
        {
            await piece.CopyToAsync(network, 1 << 16, cancellationToken);
        }

        return await ReadAnswerAsync(network, cancellationToken);
    }

    /// <summary>The status and JSON body of an answer; a reset after the answer arrived is not an error.</summary>
    public static async Task<(int Status, JsonObject? Body)> ReadAnswerAsync(NetworkStream network, CancellationToken cancellationToken = default)
    {
        var received = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await network.ReadAsync(buffer, cancellationToken)) > 0)
            {
                received.Write(buffer, 0, read);
                if (Complete(received.ToArray()))
                {
                    break;
                }
            }
        }
        catch (IOException)
        {
            // A reset after the answer arrived.
        }

        var text = Encoding.UTF8.GetString(received.ToArray());
        var status = int.Parse(text.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        return (status, start >= 0 && end > start ? JsonNode.Parse(text[start..(end + 1)])?.AsObject() : null);
    }

    // The answer is complete once its JSON body has closed (the studio's error answers are small and whole).
    private static bool Complete(byte[] received)
    {
        var text = Encoding.UTF8.GetString(received);
        var body = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return body >= 0 && text.AsSpan(body).TrimEnd().EndsWith("}", StringComparison.Ordinal);
    }
}
