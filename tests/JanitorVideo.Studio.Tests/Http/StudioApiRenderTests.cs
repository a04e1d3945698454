using System.Text.Json.Nodes;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Tests.Http.Support;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Studio.Tests.Http;

/// <summary>Export refusals (402 without attribution, an id the user already used, an empty timeline), ids per user, and slow renders that can be cancelled.</summary>
public sealed class StudioApiRenderTests
{
    [Fact]
    public async Task StartRender_WithoutAttributionHeaders_Answers402()
    {
        await using var studio = await StudioRig.StartAsync();
        var me = await studio.SignInAsync();
        var sid = await AnimatedSessionAsync(me);

        var (status, body) = await me.StartRenderAsync("render_unattributed", sid, draft: null, attribution: false);

        Assert.Equal(402, status);
        Assert.False((bool)body["success"]!);
        Assert.Contains("X-Skill-Source", (string)body["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartRender_TakenId_IsRefusedAndTheFirstJobKeepsRunning()
    {
        await using var studio = await StudioRig.StartAsync(new FaultOptions { SlowRenderBy = TimeSpan.FromMinutes(10) });
        var me = await studio.SignInAsync();
        var sid = await AnimatedSessionAsync(me);

        var first = await me.StartRenderAsync("render_twice", sid, draft: null);
        var second = await me.StartRenderAsync("render_twice", sid, draft: null);

        Assert.Equal(200, first.Status);
        Assert.Equal(409, second.Status);
        Assert.False((bool)second.Body["success"]!);
        Assert.Contains("new id", (string)second.Body["message"]!, StringComparison.Ordinal);
        var (_, poll) = await me.CallAsync(HttpMethod.Get, "/api/render/proxy/lambda/render_twice");
        Assert.Contains(StudioCaller.RenderStatus(poll), new[] { "pending", "processing" });
    }

    [Fact]
    public async Task StartRender_IdAnotherUserUsed_GetsTheirOwnRenderAndLeavesTheFirst()
    {
        await using var studio = await StudioRig.StartAsync(new FaultOptions { SlowRenderBy = TimeSpan.FromMinutes(10) });
        var owner = await studio.SignInAsync();
        var other = await studio.SignInAsync();
        var ownerSid = await AnimatedSessionAsync(owner);
        var otherSid = await AnimatedSessionAsync(other);
        await owner.StartRenderAsync("render_shared", ownerSid, draft: null);
        await owner.StartRenderAsync("render_owners_only", ownerSid, draft: null);

        var (status, started) = await other.StartRenderAsync("render_shared", otherSid, draft: null);
        var (cancelStatus, cancelled) = await other.CallAsync(HttpMethod.Post, "/api/render/proxy/lambda/render_shared/cancel");
        var (_, ownerPoll) = await owner.CallAsync(HttpMethod.Get, "/api/render/proxy/lambda/render_shared");
        var (foreignStatus, foreign) = await other.CallAsync(HttpMethod.Get, "/api/render/proxy/lambda/render_owners_only");

        Assert.Equal(200, status);
        Assert.Equal("render_shared", (string)started["data"]!["id"]!);
        Assert.Equal(200, cancelStatus);
        Assert.Equal("cancelled", (string)cancelled["data"]!["status"]!);
        Assert.Contains(StudioCaller.RenderStatus(ownerPoll), new[] { "pending", "processing" });
        Assert.Equal(404, foreignStatus);
        Assert.False((bool)foreign["success"]!);
    }

    [Fact]
    public async Task StartRender_EmptyTimeline_SaysThereIsNothingToExport()
    {
        await using var studio = await StudioRig.StartAsync();
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();

        var (status, body) = await me.StartRenderAsync("render_empty", sid, new JsonObject { ["t"] = new JsonArray() });

        Assert.Equal(422, status);
        Assert.False((bool)body["success"]!);
        Assert.Contains("nothing to export", (string)body["message"]!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SlowRender_StaysProcessing_UntilCancelled()
    {
        await using var studio = await StudioRig.StartAsync(new FaultOptions { SlowRenderBy = TimeSpan.FromMinutes(10) });
        var me = await studio.SignInAsync();
        var sid = await AnimatedSessionAsync(me);
        await me.StartRenderAsync("render_slow", sid, draft: null);

        var processing = await WaitForStatusAsync(me, "render_slow", "processing");
        var (cancelStatus, cancel) = await me.CallAsync(HttpMethod.Post, "/api/render/proxy/lambda/render_slow/cancel");
        var finished = (await me.PollUntilFinishedAsync("render_slow"))[^1];
        using var download = await me.SendAsync(HttpMethod.Get, "/api/render/proxy/render_slow/download");

        Assert.Equal("processing", StudioCaller.RenderStatus(processing));
        Assert.Equal(200, cancelStatus);
        Assert.True((bool)cancel["success"]!);
        Assert.Equal("cancelled", StudioCaller.RenderStatus(finished));
        Assert.Null(finished["data"]!["outputUrl"]);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, download.StatusCode);
    }

    [Fact]
    public async Task Poll_UnknownRender_AnswersNotFoundInTheRenderShape()
    {
        await using var studio = await StudioRig.StartAsync();
        var me = await studio.SignInAsync();

        var (status, body) = await me.CallAsync(HttpMethod.Get, "/api/render/proxy/lambda/render_never_started");

        Assert.Equal(404, status);
        Assert.False((bool)body["success"]!);
        Assert.Contains("render_never_started", (string)body["message"]!, StringComparison.Ordinal);
    }

    private static async Task<string> AnimatedSessionAsync(StudioCaller me)
    {
        var sid = await me.CreateSessionAsync();
        var (status, upload) = await me.UploadAsync(sid, "hero.png", StudioRig.CharacterPng());
        Assert.True(status == 200, upload.ToJsonString());
        Assert.Contains("text", (await me.SendMessageAsync(sid, "animate this, 2 seconds, 720p")).Types);
        return sid;
    }

    private static Task<JsonObject> WaitForStatusAsync(StudioCaller me, string renderId, string wanted) =>
        Deadline.PollAsync(async _ => (await me.CallAsync(HttpMethod.Get, $"/api/render/proxy/lambda/{renderId}")).Item2,
            poll => StudioCaller.RenderStatus(poll) == wanted, TimeSpan.FromMilliseconds(50), $"render {renderId} to be {wanted}");
}
