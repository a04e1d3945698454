using System.Net;
using System.Net.Http.Headers;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Media;
using JanitorVideo.Core.Net;
using JanitorVideo.Core.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace JanitorVideo.Studio.Media;

/// <summary>
/// Fetches a URL upload: http(s) only, every resolved address public (checked when connecting, so
/// each redirect and each DNS answer is checked), size-capped while streaming, with a time limit.
/// Redirects are followed here, at most <see cref="RemoteFetchOptions.MaxRedirects"/>, each new
/// URL checked like the first. Failures are <see cref="VideoBackendException"/>s with words.
/// </summary>
public sealed class RemoteMediaFetcher : IDisposable
{
    private readonly RemoteFetchOptions _options;
    private readonly HttpClient _client;

    /// <summary>A fetcher with the product's rules.</summary>
    public RemoteMediaFetcher()
        : this(new RemoteFetchOptions())
    {
    }

    /// <summary>A fetcher with other limits (time, size, redirects) or, in tests, a wider address rule.</summary>
    public RemoteMediaFetcher(RemoteFetchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        var handler = new SocketsHttpHandler
        {
            // Redirects are followed by hand, so each hop's URL is checked before it is requested.
            AllowAutoRedirect = false,
            // A proxy would be the only address checked; uploads go straight to the host.
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectCallback = new GuardedConnector(options.AddressAllowed, options.ResolveHost).ConnectAsync,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        };
        _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("JanitorVideo", "1.0"));
    }

    /// <summary>
    /// Fetches <paramref name="url"/> and hands its body to <paramref name="consume"/> as it
    /// arrives. The token given to <paramref name="consume"/> carries the time limit, so reading
    /// the body counts against it too.
    /// </summary>
    public async Task<T> FetchAsync<T>(Uri url, Func<RemoteContent, CancellationToken, Task<T>> consume, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(consume);
        CheckUrl(url);

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_options.Timeout);
        try
        {
            var (response, final) = await SendFollowingRedirectsAsync(url, limit.Token);
            using var answered = response;
            ThrowIfFailed(response, final);
            var length = response.Content.Headers.ContentLength;
            if (length > _options.MaxBytes)
            {
                throw TooLarge(final, length);
            }
            if (length == 0)
            {
                throw new VideoBackendException(ErrorKind.InvalidInput, $"'{Shown(final)}' sent nothing: the file is empty. Check the link.");
            }

            await using var body = new LengthCappedStream(await response.Content.ReadAsStreamAsync(limit.Token), _options.MaxBytes, () => TooLarge(final, null));
            return await consume(new RemoteContent(final, SuggestedName(response, final), length, body), limit.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException
            && limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Cancelling a read may surface as a broken connection rather than a cancellation: the clock decides.
            throw new VideoBackendException(ErrorKind.Timeout,
                $"'{Shown(url)}' did not finish downloading within {Seconds(_options.Timeout)}. Try again, or download the file and give its path.");
        }
        catch (HttpRequestException e)
        {
            throw Unwrap(e) ?? (e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError
                ? new VideoBackendException(ErrorKind.InvalidInput,
                    $"'{Shown(url)}' could not be reached. Check the link, or download the file and give its path.", e.Message, e)
                : BrokeOff(url, e));
        }
        catch (IOException e) when (e is HttpIOException || e.InnerException is System.Net.Sockets.SocketException)
        {
            // The body stopped coming (a reset, or fewer bytes than announced); disk errors are not these.
            throw Unwrap(e) ?? BrokeOff(url, e);
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task<(HttpResponseMessage Response, Uri Url)> SendFollowingRedirectsAsync(Uri url, CancellationToken cancellationToken)
    {
        var current = url;
        for (var hop = 0; ; hop++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            request.Headers.Accept.ParseAdd("image/*, video/*, audio/*, */*;q=0.5");
            var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!IsRedirect(response.StatusCode))
            {
                return (response, current);
            }

            var location = response.Headers.Location;
            response.Dispose();
            if (location is null)
            {
                throw new VideoBackendException(ErrorKind.InvalidInput, $"'{Shown(current)}' redirects without saying where to. Check the link.");
            }
            if (hop >= _options.MaxRedirects)
            {
                throw new VideoBackendException(ErrorKind.InvalidInput,
                    $"'{Shown(url)}' redirects more than {_options.MaxRedirects} times. Use the file's direct link, or download it and give its path.");
            }
            current = location.IsAbsoluteUri ? location : new Uri(current, location);
            CheckUrl(current);
        }
    }

    // UrlPolicy decides; only a literal address the configured rule allows (tests: loopback) passes where it refuses.
    private void CheckUrl(Uri url)
    {
        if (UrlPolicy.CheckUrl(url) is not { } refusal)
        {
            return;
        }
        var plainHttp = url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) && string.IsNullOrEmpty(url.UserInfo);
        if (plainHttp && IPAddress.TryParse(url.Host.Trim('[', ']'), out var literal) && _options.AddressAllowed(literal))
        {
            return;
        }
        throw new VideoBackendException(ErrorKind.InvalidInput, refusal);
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static void ThrowIfFailed(HttpResponseMessage response, Uri url)
    {
        var code = (int)response.StatusCode;
        if (code is >= 200 and < 300)
        {
            return;
        }
        // Our own reason phrase: the server's could say anything, at any length.
        var status = $"HTTP {code} {ReasonPhrases.GetReasonPhrase(code)}".TrimEnd();
        throw response.StatusCode switch
        {
            HttpStatusCode.NotFound or HttpStatusCode.Gone => new VideoBackendException(ErrorKind.NotFound,
                $"Nothing was found at '{Shown(url)}' ({status}). Check the link."),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new VideoBackendException(ErrorKind.InvalidInput,
                $"'{Shown(url)}' needs a login or refused access ({status}). Use a public link, or download the file and give its path."),
            _ when code >= 500 => new VideoBackendException(ErrorKind.InvalidInput,
                $"The server at '{Shown(url)}' failed ({status}). Try again later, or download the file and give its path."),
            _ => new VideoBackendException(ErrorKind.InvalidInput,
                $"'{Shown(url)}' did not send the file ({status}). Check the link, or download the file and give its path."),
        };
    }

    private static VideoBackendException BrokeOff(Uri url, Exception e) =>
        new(ErrorKind.InvalidInput,
            $"The download of '{Shown(url)}' broke off before the whole file arrived. Try again, or download the file and give its path.", e.Message, e);

    private VideoBackendException TooLarge(Uri url, long? length)
    {
        var size = length is { } known ? $"is {MediaFormats.FormatSize(known)}, " : "is ";
        return new VideoBackendException(ErrorKind.FileTooLarge,
            $"The file at '{Shown(url)}' {size}over the {MediaFormats.FormatSize(_options.MaxBytes)} limit. Compress it, resize it or trim it, then upload it again.");
    }

    private static string? SuggestedName(HttpResponseMessage response, Uri url)
    {
        var disposition = response.Content.Headers.ContentDisposition;
        var given = disposition?.FileNameStar ?? disposition?.FileName;
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given.Trim().Trim('"');
        }
        var segment = url.Segments.Length > 0 ? url.Segments[^1] : string.Empty;
        return Uri.UnescapeDataString(segment);
    }

    // A query string may carry a signed token: only the address and path are ever shown.
    private static string Shown(Uri url) =>
        UserText.Shorten(url.IsAbsoluteUri ? url.GetLeftPart(UriPartial.Path) : url.OriginalString);

    private static string Seconds(TimeSpan time) =>
        time.TotalSeconds >= 1 ? $"{time.TotalSeconds:0.#} seconds" : $"{time.TotalMilliseconds:0} ms";

    private static VideoBackendException? Unwrap(Exception e)
    {
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is VideoBackendException refusal)
            {
                return refusal;
            }
        }
        return null;
    }
}
