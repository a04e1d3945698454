using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Http;
using JanitorVideo.Studio.Tests.Http.Support;
using JanitorVideo.TestInputs.Http;

namespace JanitorVideo.Studio.Tests.Http;

/// <summary>Bounded requests: a message's length, each call's body size, cut-off uploads, and refusals that reach clients which never wait.</summary>
public sealed class StudioApiLimitTests
{
    private const string UploadPath = "/api/upload-video/nemo_agent/me/";

    [Fact]
    public async Task Message_OverTheLimit_IsRefusedWithItsLengthAndNeverEchoed()
    {
        await using var studio = await StudioRig.StartAsync();
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();
        var before = await me.StateAsync(sid);
        var message = string.Concat(Enumerable.Repeat("animate this with falling petals ", 150));

        using var response = await me.SendAsync(HttpMethod.Post, "/run_sse", StudioCaller.Message(sid, message));
        var answer = await response.Content.ReadAsStringAsync();

        Assert.Equal(422, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(answer)!.AsObject();
        Assert.Equal(422, (int)body["code"]!);
        Assert.Contains("4,950 characters long; the limit is 4,000", (string)body["message"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("falling petals", answer, StringComparison.Ordinal);
        Assert.Equal(before.ToJsonString(), (await me.StateAsync(sid)).ToJsonString());
    }

    [Fact]
    public async Task Message_TensOfMegabytes_Answers413WithTheCallsLimitNotTheUploadsAndNoEcho()
    {
        await using var studio = await StudioRig.StartAsync();
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();

        using var response = await me.SendAsync(HttpMethod.Post, "/run_sse", StudioCaller.Message(sid, new string('x', 28 << 20)));
        var answer = await response.Content.ReadAsStringAsync();

        Assert.Equal(413, (int)response.StatusCode);
        var body = JsonNode.Parse(answer)!.AsObject();
        Assert.Equal(413, (int)body["code"]!);
        Assert.Contains("1 MB this call takes", (string)body["message"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("200 MB", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("xxxx", answer, StringComparison.Ordinal);
        Assert.Empty((await me.StateAsync(sid))["video_infos"]!.AsArray());
    }

    [Fact]
    public async Task StartRender_FiftyMegabyteBody_Answers413InTheRenderShape()
    {
        await using var studio = await StudioRig.StartAsync();
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();

        var (status, body) = await me.StartRenderAsync("render_huge", sid, new JsonObject { ["t"] = new JsonArray(), ["pad"] = new string('x', 50 << 20) });

        Assert.Equal(413, status);
        Assert.False((bool)body["success"]!);
        Assert.Equal(413, (int)body["code"]!);
        Assert.Contains("1 MB this call takes", (string)body["message"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("200 MB", (string)body["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_LargerThanTheJsonLimit_IsTakenWhileJsonLinksOverItAreNot()
    {
        await using var studio = await StudioRig.StartAsync(http: new StudioHttpOptions { MaxJsonBodyBytes = 1024 });
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();
        var png = StudioRig.CharacterPng();
        Assert.True(png.Length > 2048, $"the picture is only {png.Length} bytes");

        var (fileStatus, file) = await me.UploadAsync(sid, "hero.png", png);
        var (linkStatus, link) = await me.CallAsync(HttpMethod.Post, UploadPath + sid, JsonContent.Create(new JsonObject
        {
            ["urls"] = new JsonArray($"https://example.com/{new string('a', 2048)}.png"),
            ["source_type"] = "url",
        }));

        Assert.True(fileStatus == 200, file.ToJsonString());
        Assert.Equal(413, linkStatus);
        Assert.Equal(413, (int)link["code"]!);
        Assert.Contains("1 KB this call takes", (string)link["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_OverTheLimitSentWholeWithoutWaiting_ReadsThe4002()
    {
        await using var studio = await StudioRig.StartAsync(http: new StudioHttpOptions { MaxUploadBytes = 1 << 20 });
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();
        var body = MultipartBody.Of("big", "hero.png", [.. PngSignature, .. new byte[3 << 20]], close: true);

        var (status, answer) = await RawHttp.PostWholeAsync(studio.BaseAddress, UploadPath + sid, me.Token, "multipart/form-data; boundary=big", body);

        Assert.Equal(413, status);
        Assert.Equal(4002, (int?)answer?["code"]);
        Assert.Contains("1 MB limit", (string?)answer?["message"], StringComparison.Ordinal);
        Assert.Empty((await me.StateAsync(sid))["video_infos"]!.AsArray());
    }

    public static TheoryData<string> Malformations() => [.. MultipartBody.Malformations];

    [Theory]
    [MemberData(nameof(Malformations))]
    public async Task Upload_CutOffOrMalformed_Answers422AndKeepsNothing(string where)
    {
        await using var studio = await StudioRig.StartAsync();
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();
        using var content = new ByteArrayContent(MultipartBody.Malformed(where, "cut", StudioRig.CharacterPng()));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=cut");

        var (status, answer) = await me.CallAsync(HttpMethod.Post, UploadPath + sid, content);

        Assert.Equal(422, status);
        Assert.Equal(422, (int)answer["code"]!);
        Assert.Contains("cut off or malformed", (string)answer["message"]!, StringComparison.Ordinal);
        Assert.Null(answer["error_id"]);
        Assert.Empty((await me.StateAsync(sid))["video_infos"]!.AsArray());
        Assert.Empty(Directory.EnumerateFiles(studio.Folder, "*.part", SearchOption.AllDirectories));
    }

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task Upload_MoreThan20Links_IsRefusedBeforeAnyIsFetched()
    {
        await using var studio = await StudioRig.StartAsync();
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();
        var links = new JsonArray([.. Enumerable.Range(0, 21).Select(i => (JsonNode)$"https://example.com/{i}.png")]);

        var (status, body) = await me.CallAsync(HttpMethod.Post, UploadPath + sid, JsonContent.Create(new JsonObject { ["urls"] = links, ["source_type"] = "url" }));

        Assert.Equal(422, status);
        Assert.Contains("That is 21 links; upload at most 20 at a time.", (string)body["message"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("too long", "would last 80 s; a render can be at most 60 s")]
    [InlineData("too many pixels", "Frames of 3840x3840 are over this studio's limit of 2.07 megapixels")]
    public async Task StartRender_OverARenderLimit_IsRefusedAtSubmit(string what, string expected)
    {
        await using var studio = await StudioRig.StartAsync();
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();
        var mediaId = await MediaIdAsync(me, sid);
        var draft = what == "too long"
            ? Draft(Segment(mediaId, 0, 40_000), Segment(mediaId, 40_000, 40_000))
            : Draft(Segment(mediaId, 0, 2000));
        if (what == "too many pixels")
        {
            draft["m"] = new JsonObject { ["width"] = 3840, ["height"] = 3840 };
        }

        var (status, body) = await me.StartRenderAsync("render_big", sid, draft);

        Assert.Equal(422, status);
        Assert.Contains(expected, (string)body["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartRender_MoreThanThreeWaitingForOneUser_IsRefusedWhileAnotherUserIsServed()
    {
        await using var studio = await StudioRig.StartAsync(new JanitorVideo.Studio.Engine.FaultOptions { SlowRenderBy = TimeSpan.FromMinutes(10) });
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();
        var draft = Draft(Segment(await MediaIdAsync(me, sid), 0, 2000));
        for (var i = 0; i < 3; i++)
        {
            var (queued, job) = await me.StartRenderAsync($"render_{i}", sid, draft.DeepClone());
            Assert.True(queued == 200, job.ToJsonString());
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (status, body) = await me.StartRenderAsync("render_4", sid, draft.DeepClone());
        var waited = clock.Elapsed;
        var other = await studio.SignInAsync();
        var otherSid = await other.CreateSessionAsync();
        var (otherStatus, otherJob) = await other.StartRenderAsync("render_0", otherSid, Draft(Segment(await MediaIdAsync(other, otherSid), 0, 2000)));

        Assert.Equal(429, status);
        Assert.Contains("You already have 3 renders waiting or running; at most 3 at a time.", (string)body["message"]!, StringComparison.Ordinal);
        // Sent after the refusal pause, as the rate limiter's are (timers may fire a tick early).
        Assert.True(waited >= new StudioHttpOptions().RefusalPause - TimeSpan.FromMilliseconds(50), $"answered after {waited.TotalMilliseconds:0} ms");
        Assert.True(otherStatus == 200, otherJob.ToJsonString());
    }

    [Fact]
    public async Task NewSessionAndUpload_PastWhatTheStudioKeepsForOneUser_Answer507InTheEnvelope()
    {
        await using var studio = await StudioRig.StartAsync(options: o => o with { StorageLimits = new StorageLimits { MaxProjectsPerUser = 1, MaxBytesPerUser = 1000 } });
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();
        await MediaIdAsync(me, sid);

        var (sessionStatus, session) = await me.CallAsync(HttpMethod.Post, "/api/tasks/me/with-session/nemo_agent",
            JsonContent.Create(new JsonObject { ["task_name"] = "project", ["language"] = "en" }));
        var (uploadStatus, upload) = await me.UploadAsync(sid, "more.png", StudioRig.CharacterPng(250));

        Assert.Equal(507, sessionStatus);
        Assert.Equal(507, (int)session["code"]!);
        Assert.Contains("You have 1 project on this studio, the most it keeps for one user", (string)session["message"]!, StringComparison.Ordinal);
        Assert.Equal(507, uploadStatus);
        Assert.Contains("This file was not stored", (string)upload["message"]!, StringComparison.Ordinal);
        var other = await studio.SignInAsync();
        Assert.False(string.IsNullOrEmpty(await other.CreateSessionAsync()));
    }

    private static async Task<string> MediaIdAsync(StudioCaller me, string sid)
    {
        var (status, upload) = await me.UploadAsync(sid, "hero.png", StudioRig.CharacterPng());
        Assert.True(status == 200, upload.ToJsonString());
        return (string)upload["data"]!["files"]![0]!["media_id"]!;
    }

    private static JsonObject Segment(string mediaId, int startMs, int durationMs) =>
        new() { ["s"] = startMs, ["d"] = durationMs, ["n"] = "hero", ["src"] = mediaId };

    private static JsonObject Draft(params JsonObject[] segments) => new()
    {
        ["t"] = new JsonArray(new JsonObject { ["tt"] = 0, ["sg"] = new JsonArray([.. segments]) }),
    };
}
