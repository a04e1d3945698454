using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Tests.Http.Support;
using JanitorVideo.TestInputs.Http;

namespace JanitorVideo.Studio.Tests.Http;

/// <summary>The cloud's misbehaviour, served on purpose: silent replies, heartbeats alone for a while, streams that drop.</summary>
public sealed class StudioApiFaultTests
{
    [Fact]
    public async Task Message_SilentReplyFault_StreamClosesWithoutText()
    {
        await using var studio = await StudioRig.StartAsync(new FaultOptions { SilentReplyRate = 1 });
        var me = await studio.SignInAsync();
        var sid = await ImageSessionAsync(me);

        var reply = await me.SendMessageAsync(sid, "animate this with petals, 2 seconds");

        Assert.False(reply.Dropped);
        Assert.Contains("tool_result", reply.Types);
        Assert.DoesNotContain("text", reply.Types);
        Assert.NotEmpty((await me.StateAsync(sid))["draft"]!["t"]!.AsArray());
    }

    [Fact]
    public async Task Message_HeartbeatOnlyFault_HeartbeatsComeBeforeTheReply()
    {
        await using var studio = await StudioRig.StartAsync(new FaultOptions { HeartbeatOnlyFor = TimeSpan.FromSeconds(2) },
            options: options => options with { HeartbeatInterval = TimeSpan.FromMilliseconds(100) });
        var me = await studio.SignInAsync();
        var sid = await ImageSessionAsync(me);

        var reply = await me.SendMessageAsync(sid, "animate this with petals, 2 seconds");

        var types = reply.Types.ToList();
        Assert.Equal("heartbeat", types[0]);
        Assert.True(types.IndexOf("text") > types.IndexOf("heartbeat"));
        Assert.True(types.IndexOf("tool_call") > 0);
    }

    [Fact]
    public async Task Message_DroppedStreamFault_ConnectionEndsAbruptlyButTheWorkIsDone()
    {
        await using var studio = await StudioRig.StartAsync(new FaultOptions { DroppedStreamRate = 1 });
        var me = await studio.SignInAsync();
        var sid = await ImageSessionAsync(me);

        var reply = await me.SendMessageAsync(sid, "animate this with petals, 2 seconds");

        Assert.True(reply.Dropped);
        Assert.Contains("tool_result", reply.Types);
        Assert.DoesNotContain("text", reply.Types);
        Assert.NotEmpty((await me.StateAsync(sid))["draft"]!["t"]!.AsArray());
    }

    private static async Task<string> ImageSessionAsync(StudioCaller me)
    {
        var sid = await me.CreateSessionAsync();
        var (status, upload) = await me.UploadAsync(sid, "hero.png", StudioRig.CharacterPng());
        Assert.True(status == 200, upload.ToJsonString());
        return sid;
    }
}
