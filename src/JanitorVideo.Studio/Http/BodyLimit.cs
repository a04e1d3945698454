using System.Buffers;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using JanitorVideo.Studio.Media;
using Microsoft.Net.Http.Headers;

namespace JanitorVideo.Studio.Http;

/// <summary>
/// An endpoint's request-body limit (routing applies it as the request's own limit, so Kestrel never
/// hands over more), and how a body announced over it is refused so that the refusal arrives.
/// </summary>
/// <param name="Bytes">The largest body the endpoint takes.</param>
/// <param name="DiscardUpTo">
/// How long an oversized body may be and still be read and thrown away before the refusal is sent.
/// Clients that send the whole body without waiting for <c>100 Continue</c> (Node's fetch) read the
/// answer only after sending; closing on them mid-body leaves them a broken pipe instead of the 413.
/// </param>
internal sealed record BodyLimit(long Bytes, long DiscardUpTo) : IRequestSizeLimitMetadata
{
    private const int DiscardBuffer = 1 << 16;

    long? IRequestSizeLimitMetadata.MaxRequestBodySize => Bytes;

    /// <summary>The limit in force for <paramref name="request"/>: its endpoint's, or what the endpoint has set since.</summary>
    public static long? Current(HttpRequest request) =>
        request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;

    /// <summary>True when the request announces a body longer than the limit in force.</summary>
    public static bool IsOver(HttpRequest request) => request.ContentLength > Current(request);

    /// <summary>"1 MB", "200 MB", "512 KB": a limit in the words of a refusal.</summary>
    public static string Describe(long bytes) => bytes >= 1 << 20
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1 << 20):N0} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, bytes / 1024):N0} KB");

    /// <summary>
    /// The body to read. One of unannounced length (chunked) is let through Kestrel up to
    /// <see cref="DiscardUpTo"/> more and held to the limit by counting, so that when it runs over,
    /// <see cref="DiscardAsync"/> can still read it to its end and the refusal arrives.
    /// </summary>
    public static Stream Body(HttpRequest request)
    {
        var bound = Of(request)?.DiscardUpTo ?? 0;
        if (request.ContentLength is not null || Current(request) is not { } limit
            || request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is not { IsReadOnly: false } size)
        {
            return request.Body;
        }

        size.MaxRequestBodySize = limit + bound;
        return new LengthCappedStream(request.Body, limit, () => new BodyTooLargeException(limit));
    }

    /// <summary>
    /// Readies the refusal of a body over the limit: reads what is left of it and throws it away when
    /// it is within <see cref="DiscardUpTo"/> and the client did not ask to wait (<c>Expect: 100-continue</c>,
    /// whose body never comes unasked); otherwise the connection closes after the answer.
    /// </summary>
    public static async Task DiscardAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var bound = Of(request)?.DiscardUpTo ?? 0;
        var waits = request.Headers.Expect.Any(value => value?.Contains("100-continue", StringComparison.OrdinalIgnoreCase) == true);
        var size = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (waits || request.ContentLength > bound || size is null)
        {
            Close(request);
            return;
        }

        if (request.ContentLength is { } length && !size.IsReadOnly)
        {
            size.MaxRequestBodySize = length;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(DiscardBuffer);
        try
        {
            while (await request.Body.ReadAsync(buffer, cancellationToken) > 0)
            {
                // Thrown away.
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Longer than even the discard bound.
            Close(request);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static BodyLimit? Of(HttpRequest request) => request.HttpContext.GetEndpoint()?.Metadata.GetMetadata<BodyLimit>();

    private static void Close(HttpRequest request) => request.HttpContext.Response.Headers[HeaderNames.Connection] = "close";
}
