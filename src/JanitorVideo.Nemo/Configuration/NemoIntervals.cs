namespace JanitorVideo.Nemo.Configuration;

/// <summary>
/// How long the cloud client waits, polls and gives up, with the counts that go with them. The
/// defaults are the reference's (<c>shared/reference/nemo-api.md</c>); tests shorten them. The
/// conversation's own rules (heartbeats only, "still working", a dropped stream) hold for either
/// backend and are the server's.
/// </summary>
public sealed record NemoIntervals
{
    /// <summary>Time between two polls of a render (the reference says 10 s; the seed's 30 s is the upper bound).</summary>
    public TimeSpan RenderPoll { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Polls of one render before it is given up on (the reference's "at most 30 polls").</summary>
    public int RenderPollLimit { get; init; } = 30;

    /// <summary>The longest one reply's event stream may run.</summary>
    public TimeSpan ReplyStreamLimit { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The wait before the one retry of a rate-limited (HTTP 429) call that did not say how long (<c>Retry-After</c>).</summary>
    public TimeSpan RateLimitWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest <c>Retry-After</c> waited out; a longer one is reported at once, with the wait it asked for.</summary>
    public TimeSpan RateLimitWaitLimit { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Retries of an idempotent call (a read, a cancel) after a network failure or a 502/503/504.</summary>
    public int TransientRetries { get; init; } = 3;

    /// <summary>The wait before the first such retry; later ones about double it, jittered (Polly's exponential backoff).</summary>
    public TimeSpan TransientRetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);
}
