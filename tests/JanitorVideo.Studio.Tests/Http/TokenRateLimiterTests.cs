using JanitorVideo.Studio.Http;

namespace JanitorVideo.Studio.Tests.Http;

/// <summary>Token requests per client id within a sliding window.</summary>
public sealed class TokenRateLimiterTests
{
    private readonly ManualClock clock = new();

    [Fact]
    public void TryAcquire_WithinTheAllowance_Allows()
    {
        var limiter = new TokenRateLimiter(2, TimeSpan.FromMinutes(10), clock);

        Assert.True(limiter.TryAcquire("client-a", out _));
        Assert.True(limiter.TryAcquire("client-a", out _));
    }

    [Fact]
    public void TryAcquire_OverTheAllowance_RefusesUntilTheOldestLeavesTheWindow()
    {
        var limiter = new TokenRateLimiter(2, TimeSpan.FromMinutes(10), clock);
        limiter.TryAcquire("client-a", out _);
        clock.Advance(TimeSpan.FromMinutes(4));
        limiter.TryAcquire("client-a", out _);

        var refused = !limiter.TryAcquire("client-a", out var retryAfter);
        clock.Advance(retryAfter);
        var allowedAgain = limiter.TryAcquire("client-a", out _);

        Assert.True(refused);
        Assert.Equal(TimeSpan.FromMinutes(6), retryAfter);
        Assert.True(allowedAgain);
    }

    [Fact]
    public void TryAcquire_OtherClientIds_CountSeparately()
    {
        var limiter = new TokenRateLimiter(1, TimeSpan.FromMinutes(10), clock);
        limiter.TryAcquire("client-a", out _);

        Assert.False(limiter.TryAcquire("client-a", out _));
        Assert.True(limiter.TryAcquire("client-b", out _));
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
