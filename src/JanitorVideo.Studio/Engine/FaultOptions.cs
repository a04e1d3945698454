namespace JanitorVideo.Studio.Engine;

/// <summary>
/// Misbehaviour on purpose, so clients can be tested against what the cloud really does. Off by
/// default; a studio serving people never sets these.
/// </summary>
public sealed record FaultOptions
{
    public static FaultOptions None { get; } = new();

    /// <summary>Share of agent replies (0–1) that close without any text, as about 30% of the cloud's edits do.</summary>
    public double SilentReplyRate { get; init; }

    /// <summary>Replies send only heartbeats for this long before the work is done (0: off).</summary>
    public TimeSpan HeartbeatOnlyFor { get; init; }

    /// <summary>Share of reply streams (0–1) that drop before the reply, after the work is done.</summary>
    public double DroppedStreamRate { get; init; }

    /// <summary>Extra time every render takes, spent in its processing state.</summary>
    public TimeSpan SlowRenderBy { get; init; }

    /// <summary>After this many token requests in a row, answer 429 to the next ones (0: off).</summary>
    public int RateLimitBurstAfter { get; init; }

    /// <summary>Tokens are issued already expired (every call with them answers 1001).</summary>
    public bool ExpiredTokens { get; init; }

    /// <summary>Seed of the dice the rates use, so a test sees the same faults every run.</summary>
    public int Seed { get; init; } = 1;

    public bool Any => SilentReplyRate > 0 || HeartbeatOnlyFor > TimeSpan.Zero || DroppedStreamRate > 0
        || SlowRenderBy > TimeSpan.Zero || RateLimitBurstAfter > 0 || ExpiredTokens;
}
