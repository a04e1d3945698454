using System.Net;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Errors;
using JanitorVideo.Nemo.Configuration;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace JanitorVideo.Nemo.Api;

/// <summary>
/// The reference's error table as rules the client keeps on every call, built into one Polly
/// pipeline: each row says which answers it covers, how often the call is tried again, how long it
/// waits first and what it does before (forget a refused token, make a new client id). Answers no
/// row retries are reported in the catalogue's words (<see cref="NemoAnswer"/>); a lost session
/// (1002) is the caller's to recover, because only it knows which project to start again.
/// </summary>
/// <remarks>
/// Refusals are retried whatever the call, because a refused call did nothing (a message the
/// service refused was never taken, so trying it again sends it once). A network failure leaves
/// unknown whether the call did anything, so only idempotent calls are tried again after one, and a
/// reply stream that opened is never part of an attempt: a message is never sent twice.
/// </remarks>
internal static class NemoRecovery
{
    private static readonly ResiliencePropertyKey<NemoCall> CallKey = new("janitor-video.nemo-call");

    /// <summary>The rows, in the order the pipeline applies them (outermost first).</summary>
    public static IReadOnlyList<RecoveryRule> Rules(INemoAccess access, NemoIntervals intervals) =>
    [
        new("HTTP 429: rate limited", Retries: 1,
            Covers: (reply, _, _) => reply?.Status == HttpStatusCode.TooManyRequests && (reply.RetryAfter ?? TimeSpan.Zero) <= intervals.RateLimitWaitLimit,
            Wait: reply => reply?.RetryAfter ?? intervals.RateLimitWait),
        new("1001: token invalid or expired", Retries: 1,
            Covers: (reply, _, _) => access.IsAnonymous && reply is { Token: not null, AsksStudioKey: false } && (reply.Code == 1001 || reply is { Code: null, Status: HttpStatusCode.Unauthorized }),
            Wait: _ => TimeSpan.Zero,
            BeforeRetry: reply => access.Rejected(reply!.Token!)),
        new("HTTP 400 on the token call: client id missing or refused", Retries: 1,
            Covers: (reply, _, call) => call.ClientIdCall && reply?.Status == HttpStatusCode.BadRequest && access.CanRenewClientId,
            Wait: _ => TimeSpan.Zero,
            BeforeRetry: _ => access.RenewClientId()),
        new("network failure or 502/503/504 on an idempotent call", Retries: intervals.TransientRetries,
            Covers: (reply, exception, call) => call.Idempotent
                && (exception is HttpRequestException or IOException || reply?.Status is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout),
            Wait: null,
            Backoff: intervals.TransientRetryDelay),
    ];

    /// <summary>The pipeline of <see cref="Rules"/> (each attempt keeps its call's limit itself, after its token is had: <see cref="WithinAsync"/>).</summary>
    public static ResiliencePipeline<NemoReply> Build(INemoAccess access, NemoIntervals intervals, TimeProvider time, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<NemoReply> { TimeProvider = time };
        foreach (var rule in Rules(access, intervals).Where(rule => rule.Retries > 0))
        {
            builder.AddRetry(new RetryStrategyOptions<NemoReply>
            {
                Name = rule.When,
                MaxRetryAttempts = rule.Retries,
                // A row without a wait of its own backs off exponentially from its first delay, with Polly's jitter.
                Delay = rule.Backoff ?? TimeSpan.Zero,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = rule.Backoff is not null,
                ShouldHandle = arguments => ValueTask.FromResult(
                    arguments.Outcome.Exception is null or HttpRequestException or IOException
                    && rule.Covers(arguments.Outcome.Result, arguments.Outcome.Exception, arguments.Context.Properties.GetValue(CallKey, Unknown))),
                DelayGenerator = arguments => ValueTask.FromResult(rule.Wait?.Invoke(arguments.Outcome.Result)),
                OnRetry = arguments =>
                {
                    var call = arguments.Context.Properties.GetValue(CallKey, Unknown);
                    logger.LogWarning("The video service's answer to {Call} ({Answer}) is covered by the rule '{Rule}': trying again in {Wait:0.#} s (attempt {Attempt} of {Retries})",
                        call.Name, Describe(arguments.Outcome), rule.When, arguments.RetryDelay.TotalSeconds, arguments.AttemptNumber + 1, rule.Retries);
                    rule.BeforeRetry?.Invoke(arguments.Outcome.Result);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.Build();
    }

    /// <summary>
    /// Runs <paramref name="attempt"/> under the pipeline. A failed connection that no rule retried (or
    /// that stayed failed) is an unreachable service when nothing can have been done; when the call
    /// may have gone through, the user is told so (and a message's stream counts as dropped).
    /// </summary>
    public static async Task<NemoReply> RunAsync(ResiliencePipeline<NemoReply> pipeline, NemoCall call,
        Func<CancellationToken, Task<NemoReply>> attempt, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(CallKey, call);
        try
        {
            return await pipeline.ExecuteAsync(static async (context, attempt) => await attempt(context.CancellationToken), context, attempt);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            if (call.Idempotent || NothingSent(e))
            {
                // Nothing the service said, so the catalogue's words and the fix.
                throw new VideoBackendException(ErrorKind.BackendUnreachable, ErrorCatalogue.Explain(ErrorKind.BackendUnreachable), $"{call.Name}: {e.Message}", e);
            }

            if (call.LostAnswerIsDrop)
            {
                throw new ReplyDroppedException($"the connection was lost before {call.Name} was answered ({e.Message})", e);
            }

            throw new VideoBackendException(ErrorKind.BackendUnreachable,
                $"The connection to the video service dropped before it answered, so it is not known whether {call.Name} went through. Ask for the state (get_state) before trying again.",
                $"{call.Name}: {e.Message}", e);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>
    /// Runs one attempt's exchange within <paramref name="limit"/> (kept by <paramref name="time"/>):
    /// the limit running out, not the caller cancelling, is a timeout in plain words.
    /// </summary>
    public static async Task<T> WithinAsync<T>(TimeSpan limit, TimeProvider time, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        using var own = limit == Timeout.InfiniteTimeSpan ? new CancellationTokenSource() : new CancellationTokenSource(limit, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, own.Token);
        try
        {
            return await work(linked.Token);
        }
        catch (OperationCanceledException) when (own.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw NoAnswerInTime($"no answer within {limit}");
        }
    }

    /// <summary>A limit of the client's own ran out (not the caller cancelling): a timeout in plain words.</summary>
    public static VideoBackendException NoAnswerInTime(string detail) => new(ErrorKind.Timeout,
        "The video service did not answer in time, so the request was given up. Your project is kept; try again in a moment.", detail);

    /// <summary>The connection failed before the request could reach the service (no address, refused, TLS).</summary>
    private static bool NothingSent(Exception e) => e is HttpRequestException
    {
        HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError,
    };

    private static readonly NemoCall Unknown = new("a call", Idempotent: false, Timeout.InfiniteTimeSpan);

    private static string Describe(Outcome<NemoReply> outcome) => outcome switch
    {
        { Exception: { } e } => e.GetType().Name,
        { Result: { } reply } => $"HTTP {(int)reply.Status}, code {reply.Code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}",
        _ => "no answer",
    };
}

/// <summary>One row of the recovery table.</summary>
/// <param name="When">The answers it covers, in words (for the log and the docs).</param>
/// <param name="Retries">How often the call is tried again.</param>
/// <param name="Covers">Whether an answer (or a failure to get one) of a call is this row's.</param>
/// <param name="Wait">The wait before a retry, from the answer; null to back off from <paramref name="Backoff"/> instead.</param>
/// <param name="BeforeRetry">What to change before trying again.</param>
/// <param name="Backoff">The first of exponentially growing, jittered waits (so many clients do not retry in step); used when <paramref name="Wait"/> is null.</param>
internal sealed record RecoveryRule(
    string When,
    int Retries,
    Func<NemoReply?, Exception?, NemoCall, bool> Covers,
    Func<NemoReply?, TimeSpan>? Wait,
    Action<NemoReply?>? BeforeRetry = null,
    TimeSpan? Backoff = null);
