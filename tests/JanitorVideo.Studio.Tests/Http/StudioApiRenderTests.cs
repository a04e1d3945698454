using System.Text.Json.Nodes;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Tests.Http.Support;
using JanitorVideo.TestInputs.Http;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Studio.Tests.Http;

/// <summary>Export refusals (402 without attribution, an id the user already used, an empty timeline, a broken draft at submit), ids per user, and slow renders that can be cancelled.</summary>
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

    [Theory]
    [InlineData("zero length", "lasts 0 ms")]
    [InlineData("negative length", "lasts -2000 ms")]
    [InlineData("no source", "has no picture")]
    [InlineData("null source", "has no picture")]
    [InlineData("negative draft length", "length (\"d\") is -1 ms")]
    [InlineData("music without source", "Music 1 on the timeline has no source")]
    public async Task StartRender_BrokenDraft_IsRefusedAtSubmitWithTheReason(string flaw, string expected)
    {
        await using var studio = await StudioRig.StartAsync();
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();
        var image = OneImageDraft(await UploadedMediaIdAsync(me, sid));
        var segment = image["t"]![0]!["sg"]![0]!.AsObject();
        switch (flaw)
        {
            case "zero length":
                segment["d"] = 0;
                break;
            case "negative length":
                segment["d"] = -2000;
                break;
            case "no source":
                segment.Remove("src");
                break;
            case "null source":
                segment["src"] = null;
                break;
            case "negative draft length":
                image["d"] = -1;
                break;
            default:
                image["t"]!.AsArray().Add(new JsonObject { ["tt"] = 1, ["sg"] = new JsonArray(new JsonObject { ["s"] = 0, ["d"] = 2000 }) });
                break;
        }

        var (status, body) = await me.StartRenderAsync("render_broken", sid, image);
        var (pollStatus, _) = await me.CallAsync(HttpMethod.Get, "/api/render/proxy/lambda/render_broken");

        Assert.Equal(422, status);
        Assert.False((bool)body["success"]!);
        Assert.Contains(expected, (string)body["message"]!, StringComparison.Ordinal);
        Assert.Equal(404, pollStatus);
    }

    [Fact]
    public async Task StartRender_AnotherUsersMedia_IsRefusedAtSubmitWhileItsOwnIsTaken()
    {
        await using var studio = await StudioRig.StartAsync(new FaultOptions { SlowRenderBy = TimeSpan.FromMinutes(10) });
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();
        var mine = await UploadedMediaIdAsync(me, sid);
        var someoneElse = await studio.SignInAsync();
        var theirs = await UploadedMediaIdAsync(someoneElse, await someoneElse.CreateSessionAsync());

        var (refusedStatus, refused) = await me.StartRenderAsync("render_theirs", sid, OneImageDraft(theirs));
        var (takenStatus, taken) = await me.StartRenderAsync("render_mine", sid, OneImageDraft(mine));

        Assert.Equal(422, refusedStatus);
        Assert.Contains($"uses '{theirs}', which is not a file of this project", (string)refused["message"]!, StringComparison.Ordinal);
        Assert.True(takenStatus == 200, taken.ToJsonString());
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

    private static async Task<string> UploadedMediaIdAsync(StudioCaller me, string sid)
    {
        var (status, upload) = await me.UploadAsync(sid, "hero.png", StudioRig.CharacterPng());
        Assert.True(status == 200, upload.ToJsonString());
        return (string)upload["data"]!["files"]![0]!["media_id"]!;
    }

    private static JsonObject OneImageDraft(string mediaId) => new()
    {
        ["t"] = new JsonArray(new JsonObject
        {
            ["tt"] = 0,
            ["sg"] = new JsonArray(new JsonObject { ["s"] = 0, ["d"] = 2000, ["n"] = "hero", ["src"] = mediaId }),
        }),
    };

    private static async Task<string> AnimatedSessionAsync(StudioCaller me)
    {
        var sid = await me.CreateSessionAsync();
        var (status, upload) = await me.UploadAsync(sid, "hero.png", StudioRig.CharacterPng());
        Assert.True(status == 200, upload.ToJsonString());
        Assert.Contains("text", (await me.SendMessageAsync(sid, "animate this, 2 seconds, 720p")).Types);
        return sid;
    }

    private static Task<JsonObject> WaitForStatusAsync(StudioCaller me, string renderId, string wanted) =>
        Deadline.PollAsync(async cancellationToken => (await me.PollRenderAsync(renderId, cancellationToken)).Body,
            poll => StudioCaller.RenderStatus(poll) == wanted, TimeSpan.FromMilliseconds(50), $"render {renderId} to be {wanted}");
}
