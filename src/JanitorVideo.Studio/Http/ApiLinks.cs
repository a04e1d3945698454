using Microsoft.AspNetCore.Http;

namespace JanitorVideo.Studio.Http;

/// <summary>Absolute links into this API, built from the scheme and host the request came in on.</summary>
internal static class ApiLinks
{
    /// <summary>An uploaded file (<c>cdn_url</c>); the studio serves it itself.</summary>
    public static Uri Media(HttpRequest request, string mediaId) => Build(request, $"/api/media/{Uri.EscapeDataString(mediaId)}");

    /// <summary>A finished render's MP4 (<c>outputUrl</c>, <c>output.url</c>).</summary>
    public static Uri Download(HttpRequest request, string renderId) =>
        Build(request, $"/api/render/proxy/{Uri.EscapeDataString(renderId)}/download");

    private static Uri Build(HttpRequest request, string path) =>
        new($"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}{path}", UriKind.Absolute);
}
