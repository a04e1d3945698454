using JanitorVideo.Studio.Engine;
using Xunit;

namespace JanitorVideo.Studio.Tests.Engine;

public sealed class FaultOptionsTests
{
    [Fact]
    public void Parse_EveryFault_ReadsItsValue()
    {
        var faults = FaultOptions.Parse("silent=0.3, heartbeat-only=20s, drop=0.1, slow-render=5s, burst=3, expired-tokens, seed=7");

        Assert.Equal(new FaultOptions
        {
            SilentReplyRate = 0.3,
            HeartbeatOnlyFor = TimeSpan.FromSeconds(20),
            DroppedStreamRate = 0.1,
            SlowRenderBy = TimeSpan.FromSeconds(5),
            RateLimitBurstAfter = 3,
            ExpiredTokens = true,
            Seed = 7,
        }, faults);
        Assert.True(faults.Any);
    }

    [Fact]
    public void Parse_ErrorTableFaults_ReadTheirValues()
    {
        var faults = FaultOptions.Parse("rate-limit=2, rate-limit-tokens=1, retry-after=none, expire-after=3, lose-session=4, free-plan, refuse-client-id=1, cut=2, cut-messages=1");

        Assert.Equal(new FaultOptions
        {
            RateLimitCalls = 2,
            RateLimitTokenCalls = 1,
            RateLimitRetryAfter = null,
            TokenUses = 3,
            LoseSessionAt = 4,
            FreePlan = true,
            RefuseClientIds = 1,
            CutCalls = 2,
            CutMessages = 1,
        }, faults);
        Assert.True(faults.Any);
        Assert.Equal(TimeSpan.FromSeconds(1), FaultOptions.Parse("rate-limit=1,retry-after=1s").RateLimitRetryAfter);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" , ")]
    public void Parse_Nothing_IsNoFaults(string? text) => Assert.False(FaultOptions.Parse(text).Any);

    [Theory]
    [InlineData("silent=2", "from 0 to 1")]
    [InlineData("slow-render=soon", "time in seconds")]
    [InlineData("burst=-1", "whole number")]
    [InlineData("explode", "not a fault")]
    public void Parse_BadValue_SaysWhatWorks(string text, string words)
    {
        var error = Assert.Throws<ArgumentException>(() => FaultOptions.Parse(text));

        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }
}
