using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Tests.Http.Support;
using JanitorVideo.TestInputs.Http;

namespace JanitorVideo.Studio.Tests.Http;

/// <summary>Credits on a studio with quotas: the balance's figures, what generation spends, and 2001 in the studio's words.</summary>
public sealed class StudioApiCreditTests
{
    [Fact]
    public async Task Balance_WithQuota_StartsAtTheAllowanceAndDropsByTheGenerationCost()
    {
        await using var studio = await QuotaStudioAsync(allowance: 120);
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();
        await me.UploadAsync(sid, "hero.png", StudioRig.CharacterPng());

        var before = await BalanceAsync(me);
        var reply = await me.SendMessageAsync(sid, "animate this with petals, 2 seconds");
        var after = await BalanceAsync(me);

        Assert.Equal((120, 0, 120), before);
        Assert.Contains("text", reply.Types);
        Assert.Equal((20, 0, 20), after);
    }

    [Fact]
    public async Task Message_BeyondTheAllowance_Answers2001AndChargesNothing()
    {
        await using var studio = await QuotaStudioAsync(allowance: 60);
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();
        await me.UploadAsync(sid, "hero.png", StudioRig.CharacterPng());

        var (status, body) = await me.CallAsync(HttpMethod.Post, "/run_sse", StudioCaller.Message(sid, "animate this with petals, 2 seconds"));

        Assert.Equal(403, status);
        Assert.Equal(2001, (int)body["code"]!);
        Assert.Contains("60 credits left", (string)body["message"]!, StringComparison.Ordinal);
        Assert.Equal((60, 0, 60), await BalanceAsync(me));
        Assert.Empty((await me.StateAsync(sid))["draft"]!["t"]!.AsArray());
    }

    [Fact]
    public async Task Message_OutOfCreditsAfterHeartbeatsBegan_EndsWithAnErrorEvent()
    {
        // Heartbeats open the stream before the turn reaches the credits, so the refusal comes as the stream's last event.
        await using var studio = await StudioRig.StartAsync(new FaultOptions { HeartbeatOnlyFor = TimeSpan.FromSeconds(1) }, options: options => options with
        {
            Credits = CreditRules.Quota with { AnonymousAllowance = 60 },
            HeartbeatInterval = TimeSpan.FromMilliseconds(100),
        });
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();
        await me.UploadAsync(sid, "hero.png", StudioRig.CharacterPng());

        var reply = await me.SendMessageAsync(sid, "animate this with petals, 2 seconds");

        Assert.False(reply.Dropped);
        Assert.Equal("heartbeat", reply.Types.First());
        var last = reply.Events[^1];
        Assert.Equal("error", (string?)last["type"]);
        Assert.Equal(2001, (int)last["code"]!);
        Assert.Contains("60 credits left", (string)last["message"]!, StringComparison.Ordinal);
    }

    private static Task<StudioRig> QuotaStudioAsync(long allowance) =>
        StudioRig.StartAsync(options: options => options with
        {
            Credits = CreditRules.Quota with { AnonymousAllowance = allowance },

            // No heartbeat can open the stream before the credits are checked.
            HeartbeatInterval = TimeSpan.FromHours(1),
        });

    private static async Task<(long Available, long Frozen, long Total)> BalanceAsync(StudioCaller me)
    {
        var (status, body) = await me.CallAsync(HttpMethod.Get, "/api/credits/balance/simple");
        Assert.Equal(200, status);
        var data = body["data"]!;
        return ((long)data["available"]!, (long)data["frozen"]!, (long)data["total"]!);
    }
}
