namespace JanitorVideo.Nemo.Configuration;

/// <summary>
/// How long the cloud client waits, polls and gives up, with the counts that go with them. The
/// defaults are the reference's (<c>shared/reference/nemo-api.md</c>); tests shorten them.
/// </summary>
public sealed record NemoIntervals
{
    /// <summary>Time between two polls of a render (the reference says 10 s; the seed's 30 s is the upper bound).</summary>
    public TimeSpan RenderPoll { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Polls of one render before it is given up on (the reference's "at most 30 polls").</summary>
    public int RenderPollLimit { get; init; } = 30;

    /// <summary>The longest one reply's event stream may run.</summary>
    public TimeSpan ReplyStreamLimit { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Only heartbeats for this long means the reply timed out.</summary>
    public TimeSpan HeartbeatOnlyTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the user hears "still working" while only heartbeats arrive.</summary>
    public TimeSpan StillWorkingEvery { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>After a dropped stream, the wait before the first read of the state (the message is never re-sent).</summary>
    public TimeSpan DroppedStreamFirstRead { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>After a dropped stream, the time between later reads of the state.</summary>
    public TimeSpan DroppedStreamReadEvery { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Reads of an unchanged state after a dropped stream before the turn is reported as failed.</summary>
    public int DroppedStreamUnchangedReads { get; init; } = 5;

    /// <summary>The wait before the one retry of a rate-limited (HTTP 429) call.</summary>
    public TimeSpan RateLimitWait { get; init; } = TimeSpan.FromSeconds(30);
}
