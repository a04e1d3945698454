using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JanitorVideo.Studio.Http;
using JanitorVideo.Studio.Tests.Http.Support;
using JanitorVideo.TestInputs.Http;

namespace JanitorVideo.Studio.Tests.Http;

/// <summary>The reference's whole journey over real loopback HTTP: token → session → upload → message → state → credits → render → poll → download.</summary>
public sealed class StudioApiProtocolTests
{
    [Theory]
    [InlineData(RenderPollShape.TopLevel)]
    [InlineData(RenderPollShape.Data)]
    public async Task Journey_ImageToClip_DeliversAPlayableMp4(RenderPollShape shape)
    {
        await using var studio = await StudioRig.StartAsync(http: new StudioHttpOptions { PollShape = shape });

        // The token call answers the reference's fields.
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "/api/auth/anonymous-token");
        tokenRequest.Headers.Add("X-Client-Id", Guid.NewGuid().ToString());
        using var tokenResponse = await studio.Http.SendAsync(tokenRequest);
        var issued = (await tokenResponse.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(0, (int)issued["code"]!);
        var token = (string)issued["data"]!["token"]!;
        Assert.False(string.IsNullOrEmpty((string?)issued["data"]!["user_id"]));
        Assert.True((DateTimeOffset)issued["data"]!["expires_at"]! > DateTimeOffset.UtcNow);
        Assert.True((long)issued["data"]!["credits"]! > 0);
        var me = new StudioCaller(studio.Http, token);

        // A session: task and session ids for this user.
        var (sessionStatus, session) = await me.CallAsync(HttpMethod.Post, "/api/tasks/me/with-session/nemo_agent",
            JsonContent.Create(new JsonObject { ["task_name"] = "project", ["language"] = "en" }));
        Assert.Equal(200, sessionStatus);
        Assert.Equal((string?)issued["data"]!["user_id"], (string?)session["data"]!["user_id"]);
        Assert.False(string.IsNullOrEmpty((string?)session["data"]!["task_id"]));
        var sid = (string)session["data"]!["session_id"]!;

        // The upload is measured, and its cdn_url serves the same bytes.
        var png = StudioRig.CharacterPng();
        var (uploadStatus, upload) = await me.UploadAsync(sid, "hero.png", png);
        Assert.True(uploadStatus == 200, upload.ToJsonString());
        var file = upload["data"]!["files"]![0]!;
        Assert.Equal("image", (string?)file["file_type"]);
        Assert.Equal(240, (int)file["width"]!);
        Assert.Equal(360, (int)file["height"]!);
        Assert.Equal(64, ((string)file["hash"]!).Length);
        Assert.NotNull(upload["data"]!["session_state_applied"]);
        var cdnUrl = new Uri((string)file["cdn_url"]!);
        Assert.StartsWith(studio.BaseAddress.ToString(), cdnUrl.ToString(), StringComparison.Ordinal);
        using (var media = await me.SendAsync(HttpMethod.Get, cdnUrl.PathAndQuery))
        {
            Assert.Equal(png, await media.Content.ReadAsByteArrayAsync());
            Assert.Equal("image/png", media.Content.Headers.ContentType?.MediaType);
        }

        // The reply stream: data lines and blank lines, the agent's tools, then its words.
        var reply = await me.SendMessageAsync(sid, "animate this with petals, 2 seconds, 720p");
        Assert.False(reply.Dropped);
        Assert.All(reply.Lines, line => Assert.True(line.Length == 0 || line.StartsWith("data: {", StringComparison.Ordinal), line));
        Assert.Contains("tool_call", reply.Types);
        Assert.Contains("tool_result", reply.Types);
        Assert.Contains("text", reply.Types);
        Assert.All(reply.Events.Where(e => (string?)e["type"] == "tool_call"), e => Assert.NotNull(e["args"]));
        Assert.False(string.IsNullOrWhiteSpace(reply.Text));

        // The state now holds a video track with a segment: ready for export.
        var state = await me.StateAsync(sid);
        var draft = state["draft"]!.AsObject();
        Assert.Contains(draft["t"]!.AsArray(), track => (int)track!["tt"]! == 0 && track["sg"]!.AsArray().Count > 0);
        var listed = Assert.Single(state["video_infos"]!.AsArray());
        Assert.Equal(cdnUrl.ToString(), (string?)listed!["cdn_url"]);
        Assert.Equal(1280, Math.Max((int)state["canvas_config"]!["width"]!, (int)state["canvas_config"]!["height"]!));

        // Credits answer all three figures.
        var (creditStatus, credits) = await me.CallAsync(HttpMethod.Get, "/api/credits/balance/simple");
        Assert.Equal(200, creditStatus);
        Assert.Equal((long)credits["data"]!["available"]! + (long)credits["data"]!["frozen"]!, (long)credits["data"]!["total"]!);

        // Export: the start answer, polls in the configured shape, the download.
        var renderId = $"render_{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}";
        var (startStatus, start) = await me.StartRenderAsync(renderId, sid, draft);
        Assert.True(startStatus == 200, start.ToJsonString());
        Assert.True((bool)start["success"]!);
        Assert.Equal(renderId, (string?)start["data"]!["id"]);
        Assert.Equal("pending", (string?)start["data"]!["status"]);
        Assert.Equal(5, (int)start["data"]!["progress"]!);

        var polls = await me.PollUntilFinishedAsync(renderId);
        var last = polls[^1];
        Assert.Equal("completed", StudioCaller.RenderStatus(last));
        var outputUrl = shape == RenderPollShape.TopLevel ? (string?)last["output"]!["url"] : (string?)last["data"]!["outputUrl"];
        if (shape == RenderPollShape.Data)
        {
            Assert.Equal(100, (int)last["data"]!["progress"]!);
            Assert.NotNull(last["data"]!["createdAt"]);
            Assert.NotNull(last["data"]!["completedAt"]);
        }
        else
        {
            Assert.Null(last["data"]);
        }

        Assert.Equal($"{studio.BaseAddress}api/render/proxy/{renderId}/download", outputUrl);
        using var video = await me.SendAsync(HttpMethod.Get, new Uri(outputUrl!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, video.StatusCode);
        Assert.Equal("video/mp4", video.Content.Headers.ContentType?.MediaType);
        var bytes = await video.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length > 1000);
        Assert.Equal("ftyp"u8.ToArray(), bytes[4..8]);
    }

    [Fact]
    public async Task Download_RangeRequest_AnswersThePart()
    {
        await using var studio = await StudioRig.StartAsync();
        var me = await studio.SignInAsync();
        var renderId = await RenderedAsync(me);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/render/proxy/{renderId}/download");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", me.Token);
        request.Headers.Range = new RangeHeaderValue(0, 7);
        using var response = await studio.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        var head = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(8, head.Length);
        Assert.Equal("ftyp"u8.ToArray(), head[4..8]);
    }

    /// <summary>A session with one image animated and rendered to completion.</summary>
    internal static async Task<string> RenderedAsync(StudioCaller me)
    {
        var sid = await me.CreateSessionAsync();
        var (status, upload) = await me.UploadAsync(sid, "hero.png", StudioRig.CharacterPng());
        Assert.True(status == 200, upload.ToJsonString());
        var reply = await me.SendMessageAsync(sid, "animate this, 2 seconds, 720p");
        Assert.False(reply.Dropped);
        var renderId = $"render_{Guid.NewGuid():N}";
        var (startStatus, start) = await me.StartRenderAsync(renderId, sid, draft: null);
        Assert.True(startStatus == 200, start.ToJsonString());
        Assert.Equal("completed", StudioCaller.RenderStatus((await me.PollUntilFinishedAsync(renderId))[^1]));
        return renderId;
    }
}
