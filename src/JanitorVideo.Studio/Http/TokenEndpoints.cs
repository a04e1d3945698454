using System.Globalization;
using System.Text.Json.Nodes;
using JanitorVideo.Core.Errors;
using JanitorVideo.Studio.Engine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Studio.Http;

/// <summary><c>POST /api/auth/anonymous-token</c>: a token for a client id, rate-limited per remote address (<see cref="StudioRateLimits"/>).</summary>
internal sealed class TokenEndpoints(StudioEngine engine, ILogger logger)
{
    public const string ClientIdHeader = "X-Client-Id";

    // The reference tells clients to wait 30 s after a 429; the burst fault has no window of its own.
    private static readonly TimeSpan BurstRetryAfter = TimeSpan.FromSeconds(30);

    private int _requests;

    public void Map(IEndpointRouteBuilder api) => api.MapPost("/api/auth/anonymous-token", Issue).RequireRateLimiting(StudioRateLimits.Tokens);

    private IResult Issue(HttpRequest request)
    {
        var clientId = request.Headers[ClientIdHeader].ToString().Trim();
        if (!IsUsableClientId(clientId))
        {
            throw new VideoBackendException(ErrorKind.MissingClientId, clientId.Length == 0
                ? $"Send an {ClientIdHeader} header: a UUID the client creates once, keeps and sends with every token request."
                : $"The {ClientIdHeader} header must be 1–128 letters, digits, '-' or '_' (a UUID is best).");
        }

        var count = Interlocked.Increment(ref _requests);
        if (engine.Faults.RateLimitBurstAfter > 0 && count > engine.Faults.RateLimitBurstAfter)
        {
            logger.LogInformation("Token request {Count} refused: the rate-limit burst fault is on", count);
            return TooMany(request, BurstRetryAfter);
        }

        var issued = engine.IssueAnonymousToken(clientId);
        logger.LogInformation("Anonymous token issued to user {UserId}", issued.User.UserId);
        return ApiResponses.Ok(new JsonObject
        {
            ["token"] = issued.Token,
            ["user_id"] = issued.User.UserId,
            ["expires_at"] = issued.User.ExpiresAt,
            ["credits"] = engine.Balance(issued.User).Available,
        });
    }

    private static IResult TooMany(HttpRequest request, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        request.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return ApiResponses.Error(ApiFamily.Envelope, ErrorKind.RateLimited,
            $"Too many token requests from this client id; wait {seconds} s and try again, reusing the token you already have.");
    }

    private static bool IsUsableClientId(string clientId) =>
        clientId.Length is > 0 and <= 128 && clientId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
