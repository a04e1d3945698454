using System.Globalization;
using JanitorVideo.Core.Errors;
using JanitorVideo.Studio.Engine;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Studio.Http;

/// <summary>
/// The faults that live in HTTP itself (<see cref="FaultOptions"/>): lost connections, rate limits,
/// refused client ids and the free plan's refused exports, answered before the endpoint runs, so
/// the refused call changes nothing. Off unless a fault is set.
/// </summary>
internal sealed class FaultFilter(StudioEngine engine, ApiFamily family, ILogger logger) : IEndpointFilter
{
    public const string TokenPath = "/api/auth/anonymous-token";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var faults = engine.Faults;
        if (!faults.Any)
        {
            return await next(context);
        }

        var http = context.HttpContext;
        var state = engine.FaultState;
        if (http.Request.Path.Equals(TokenPath, StringComparison.Ordinal))
        {
            if (state.RefuseClientIdNext())
            {
                logger.LogInformation("Token request refused as without a client id: the refuse-client-id fault is on");
                return ApiResponses.Error(family, ErrorKind.MissingClientId,
                    $"Send an {TokenEndpoints.ClientIdHeader} header: a UUID the client creates once, keeps and sends with every token request.");
            }

            if (state.RateLimitTokenNext())
            {
                logger.LogInformation("Token request refused with 429: the rate-limit-tokens fault is on");
                return TooMany(http, faults);
            }

            return await next(context);
        }

        var message = http.Request.Path.Equals("/run_sse", StringComparison.Ordinal);
        if (message ? state.CutMessageNext() : state.CutNext())
        {
            logger.LogInformation("{Method} {Path}: connection cut before the answer (the cut fault is on)", http.Request.Method, http.Request.Path);
            http.Abort();
            return Results.Empty;
        }

        if (state.RateLimitNext())
        {
            logger.LogInformation("{Method} {Path} refused with 429: the rate-limit fault is on", http.Request.Method, http.Request.Path);
            return TooMany(http, faults);
        }

        if (faults.FreePlan && family == ApiFamily.Render && HttpMethods.IsPost(http.Request.Method)
            && http.Request.Path.Equals(RenderEndpoints.Prefix + "/lambda", StringComparison.Ordinal))
        {
            logger.LogInformation("Render start refused with 402: the free-plan fault is on");
            return ApiResponses.Error(family, ErrorKind.ExportBlockedByPlan, "Export is not available on the free plan.");
        }

        return await next(context);
    }

    private IResult TooMany(HttpContext http, FaultOptions faults)
    {
        if (faults.RateLimitRetryAfter is { } wait)
        {
            http.Response.Headers.RetryAfter = Math.Max(0, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return ApiResponses.Error(family, ErrorKind.RateLimited, "Too many requests; wait and try again.");
    }
}
