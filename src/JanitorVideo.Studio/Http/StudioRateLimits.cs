using System.Globalization;
using System.Threading.RateLimiting;
using JanitorVideo.Core.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace JanitorVideo.Studio.Http;

/// <summary>
/// Rate limits by remote address, with ASP.NET Core's rate limiter: anonymous tokens in a sliding
/// window (a new client id per request does not get round it), and the costly calls (messages,
/// uploads, render submits) in a token bucket. Over a limit: HTTP 429 in the path's envelope, with
/// <c>Retry-After</c>, sent after <see cref="StudioHttpOptions.RefusalPause"/>: a client that ignores
/// <c>Retry-After</c> and asks again at once can then only ask as often as it has requests open, so
/// it cannot make the studio spend its cores answering thousands of refusals a second.
/// </summary>
internal static class StudioRateLimits
{
    public const string Tokens = "tokens";
    public const string Costly = "costly";

    public static void Add(IServiceCollection services, StudioHttpOptions options)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Tokens, context => RateLimitPartition.GetSlidingWindowLimiter(Address(context), _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = options.TokensPerWindow,
                Window = options.TokenWindow,
                SegmentsPerWindow = 10,
                QueueLimit = 0,
            }));
            limiter.AddPolicy(Costly, context => RateLimitPartition.GetTokenBucketLimiter(Address(context), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = options.CostlyPerMinute,
                TokensPerPeriod = options.CostlyPerMinute,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
            limiter.OnRejected = (rejected, cancellationToken) => RejectAsync(rejected, options.RefusalPause, cancellationToken);
        });
    }

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask RejectAsync(OnRejectedContext rejected, TimeSpan pause, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        try
        {
            await Task.Delay(pause, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The client left; nobody reads the refusal.
            return;
        }

        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var family = ApiResponses.FamilyOf(context.Request.Path);
        var what = context.Request.Path.StartsWithSegments("/api/auth", StringComparison.Ordinal) ? "token requests" : "requests of this kind";
        await ApiResponses.Error(family, ErrorKind.RateLimited,
            $"Too many {what} from your address; wait {seconds} s and try again{(what == "token requests" ? ", reusing the token you already have" : "")}.")
            .ExecuteAsync(context);
    }
}
