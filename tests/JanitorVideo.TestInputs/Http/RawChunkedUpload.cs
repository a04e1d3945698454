using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace JanitorVideo.TestInputs.Http;

/// <summary>
/// A multipart upload of unannounced length (chunked), sent over a bare socket while the answer is
/// read at the same time, so an answer the server gives before the upload ends is seen (HttpClient
/// only reports the broken pipe when a server refuses mid-upload and closes).
/// </summary>
public static class RawChunkedUpload
{
    public static async Task<(int Status, JsonObject? Body)> PostAsync(Uri baseAddress, string path, string token, string fileName, Stream content,
        CancellationToken cancellationToken = default)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(baseAddress.Host, baseAddress.Port, cancellationToken);
        var network = tcp.GetStream();
        const string boundary = "janitor-boundary";
        var head = $"POST {path} HTTP/1.1\r\nHost: {baseAddress.Authority}\r\nAuthorization: Bearer {token}\r\n" +
            $"Content-Type: multipart/form-data; boundary={boundary}\r\nTransfer-Encoding: chunked\r\n\r\n";
        await network.WriteAsync(Encoding.ASCII.GetBytes(head), cancellationToken);

        var answer = RawHttp.ReadAnswerAsync(network, cancellationToken);
        try
        {
            await WriteChunkAsync(network, MultipartBody.Head(boundary, fileName), cancellationToken);
            var buffer = new byte[1 << 16];
            int read;
            while (!answer.IsCompleted && (read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                await WriteChunkAsync(network, buffer.AsMemory(0, read), cancellationToken);
            }

            await WriteChunkAsync(network, MultipartBody.Tail(boundary), cancellationToken);
            await network.WriteAsync("0\r\n\r\n"u8.ToArray(), cancellationToken);
        }
        catch (IOException)
        {
            // The server closed its side after answering: the answer is what matters.
        }

        return await answer;
    }

    private static async Task WriteChunkAsync(NetworkStream network, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        await network.WriteAsync(Encoding.ASCII.GetBytes($"{data.Length:x}\r\n"), cancellationToken);
        await network.WriteAsync(data, cancellationToken);
        await network.WriteAsync("\r\n"u8.ToArray(), cancellationToken);
    }
}
