using System.Text.Json.Nodes;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Media;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Http.Requests;
using JanitorVideo.Studio.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace JanitorVideo.Studio.Http;

/// <summary>
/// Uploads (multipart parts named <c>files</c>, streamed part by part into the media library, or
/// JSON <c>urls</c>) and, as a studio extension, <c>GET /api/media/{mediaId}</c> serving them for
/// their <c>cdn_url</c> (to the token that uploaded them).
/// </summary>
internal sealed class UploadEndpoints(StudioEngine engine, BearerCaller caller, StudioHttpOptions options)
{
    public const string FilesPart = "files";

    // Room for the multipart boundaries and part headers around the files themselves.
    private const long MultipartFraming = 1L << 20;

    public void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/api/upload-video/nemo_agent/me/{sid}", UploadAsync).RequireRateLimiting(StudioRateLimits.Costly)
            .WithMetadata(new BodyLimit(options.MaxUploadBytes + MultipartFraming, options.MaxDiscardBytes));
        api.MapGet("/api/media/{mediaId}", Media);
    }

    private async Task<IResult> UploadAsync(string sid, HttpRequest request)
    {
        var user = caller.Of(request);
        engine.Session(user, sid);
        var cancel = request.HttpContext.RequestAborted;
        var stored = request.HasFormContentType && MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
                && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            ? await UploadPartsAsync(user, sid, request, type, cancel)
            : request.HasJsonContentType()
                ? await UploadUrlsAsync(user, sid, request, cancel)
                : throw new VideoBackendException(ErrorKind.InvalidInput,
                    $"Send files as multipart/form-data parts named '{FilesPart}', or JSON {{\"urls\":[…],\"source_type\":\"url\"}}.");

        return ApiResponses.Ok(new JsonObject
        {
            ["files"] = new JsonArray([.. stored.Select(media => (JsonNode)Describe(request, media))]),
            ["session_state_applied"] = false,
        });
    }

    private async Task<IReadOnlyList<MediaRecord>> UploadPartsAsync(StudioUser user, string sid, HttpRequest request, MediaTypeHeaderValue type,
        CancellationToken cancellationToken)
    {
        if (BodyLimit.IsOver(request))
        {
            // Refused before a byte is stored; read and thrown away only if that is what lets the answer arrive.
            await BodyLimit.DiscardAsync(request, cancellationToken);
            throw TooLarge();
        }

        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            throw new VideoBackendException(ErrorKind.InvalidInput, "The multipart body has no boundary; send it as multipart/form-data.");
        }

        var stored = new List<MediaRecord>();
        var body = new EndWatchingStream(request.Body);
        try
        {
            var reader = new MultipartReader(boundary, body);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, FilesPart, StringComparison.Ordinal))
                {
                    continue;
                }

                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                stored.Add(await engine.UploadStreamAsync(user, sid, string.IsNullOrWhiteSpace(fileName) ? "upload" : fileName, section.Body, cancellationToken));
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            request.HttpContext.Response.Headers.Connection = "close";
            throw TooLarge();
        }
        catch (Exception e) when (e is InvalidDataException || (e is IOException && body.Ended))
        {
            // A body that ends before its closing boundary (an interrupted upload) or breaks the multipart format.
            var kept = stored.Count == 0 ? "Nothing from it was kept" : $"Only the {stored.Count} file(s) before the break were kept";
            throw new VideoBackendException(ErrorKind.InvalidInput,
                $"The upload is cut off or malformed: a multipart body must end with its closing boundary. {kept}; upload the files again, as parts named '{FilesPart}'.",
                e.Message, e);
        }

        return stored.Count > 0
            ? stored
            : throw new VideoBackendException(ErrorKind.InvalidInput, $"The upload has no file: send each one as a multipart part named '{FilesPart}'.");
    }

    private async Task<IReadOnlyList<MediaRecord>> UploadUrlsAsync(StudioUser user, string sid, HttpRequest request, CancellationToken cancellationToken)
    {
        // The links form is JSON: it takes what every JSON call takes, not an upload's limit.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = options.MaxJsonBodyBytes;
        }

        var body = await ApiJson.ReadAsync<UrlUploadRequest>(request, cancellationToken);
        if (body?.SourceType is { } sourceType && !sourceType.Equals("url", StringComparison.OrdinalIgnoreCase))
        {
            throw new VideoBackendException(ErrorKind.InvalidInput, "The JSON upload takes \"source_type\":\"url\"; send files as multipart instead.");
        }

        if (body?.Urls is { Count: > MediaFormats.MaxFilesPerUpload } many)
        {
            throw new VideoBackendException(ErrorKind.InvalidInput,
                $"That is {many.Count} links; upload at most {MediaFormats.MaxFilesPerUpload} at a time.");
        }

        var sources = new List<UploadSource>();
        foreach (var text in body?.Urls ?? [])
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                throw new VideoBackendException(ErrorKind.InvalidInput,
                    $"'{Core.Text.UserText.Shorten(text ?? "")}' is not an http(s) link; send a public link to the file.");
            }

            sources.Add(new UploadSource.RemoteUrl(url));
        }

        return sources.Count > 0
            ? await engine.UploadAsync(user, sid, sources, cancellationToken)
            : throw new VideoBackendException(ErrorKind.InvalidInput, "The upload names no links: send {\"urls\":[\"https://…\"],\"source_type\":\"url\"}.");
    }

    private IResult Media(string mediaId, HttpRequest request)
    {
        var media = engine.Media(caller.Of(request), mediaId);
        return Results.File(engine.Store.Resolve(media.StoredPath), ContentTypeOf(media.Format), enableRangeProcessing: true);
    }

    private static JsonObject Describe(HttpRequest request, MediaRecord media) => new()
    {
        ["filename"] = media.FileName,
        ["file_type"] = media.Kind,
        ["cdn_url"] = ApiLinks.Media(request, media.MediaId).ToString(),
        ["duration"] = media.DurationSeconds,
        ["width"] = media.Width,
        ["height"] = media.Height,
        ["fps"] = media.Fps,
        ["hash"] = media.Hash,
        ["media_id"] = media.MediaId,
    };

    private static string ContentTypeOf(string format) =>
        MediaFormats.All.FirstOrDefault(known => known.Name.Equals(format, StringComparison.OrdinalIgnoreCase)
            || known.Extensions.Contains(format, StringComparer.OrdinalIgnoreCase))?.MimeType ?? "application/octet-stream";

    private VideoBackendException TooLarge() => new(ErrorKind.FileTooLarge,
        options.MaxUploadBytes == MediaFormats.MaxUploadBytes
            ? ErrorCatalogue.Explain(ErrorKind.FileTooLarge) + " Send large files one per upload."
            : $"The upload is over this studio's {options.MaxUploadBytes / (1024 * 1024)} MB limit. Compress, resize or trim it, then upload it again; send large files one per upload.",
        "upload body over the limit");
}
