using JanitorVideo.Core.Errors;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Store;
using Microsoft.AspNetCore.Http;

namespace JanitorVideo.Studio.Http;

/// <summary>Who is calling: the user of the request's <c>Authorization: Bearer</c> token.</summary>
internal sealed class BearerCaller(StudioEngine engine)
{
    private const string Scheme = "Bearer ";

    /// <exception cref="VideoBackendException">No token, or one the studio does not accept (1001).</exception>
    public StudioUser Of(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(header[Scheme.Length..]))
        {
            throw new VideoBackendException(ErrorKind.TokenInvalid,
                "This call needs 'Authorization: Bearer <token>'; POST /api/auth/anonymous-token gives a token.", "no bearer token");
        }

        return engine.Authenticate(header[Scheme.Length..].Trim());
    }
}
