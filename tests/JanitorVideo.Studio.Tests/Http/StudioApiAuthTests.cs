using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Http;
using JanitorVideo.Studio.Tests.Http.Support;
using JanitorVideo.TestInputs.Http;

namespace JanitorVideo.Studio.Tests.Http;

/// <summary>Who may call what: client ids, token limits, bad and expired tokens, and one token never seeing another's work.</summary>
public sealed class StudioApiAuthTests
{
    [Fact]
    public async Task AnonymousToken_WithoutClientId_Answers400SayingSo()
    {
        await using var studio = await StudioRig.StartAsync();

        using var response = await studio.Http.PostAsync("/api/auth/anonymous-token", content: null);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(400, (int)body["code"]!);
        Assert.Contains("X-Client-Id", (string)body["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousToken_TooManyFromOneAddress_Answers429WithRetryAfter_WhateverTheClientId()
    {
        await using var studio = await StudioRig.StartAsync(http: new StudioHttpOptions { TokensPerWindow = 2, TokenWindow = TimeSpan.FromHours(1) });
        var clientId = Guid.NewGuid().ToString();

        var statuses = new List<HttpStatusCode>();
        TimeSpan? retryAfter = null;
        for (var i = 0; i < 3; i++)
        {
            using var response = await RequestTokenAsync(studio, clientId);
            statuses.Add(response.StatusCode);
            retryAfter = response.Headers.RetryAfter?.Delta;
        }

        using var otherClient = await RequestTokenAsync(studio, Guid.NewGuid().ToString());

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        // Limited by address: a fresh client id from the same address does not get round it.
        Assert.Equal(HttpStatusCode.TooManyRequests, otherClient.StatusCode);
    }

    [Fact]
    public async Task CostlyCalls_TooManyFromOneAddress_Answer429InTheEnvelope()
    {
        await using var studio = await StudioRig.StartAsync(http: new StudioHttpOptions { CostlyPerMinute = 2 });
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();

        var statuses = new List<int>();
        JsonObject? refused = null;
        for (var i = 0; i < 3; i++)
        {
            var (status, body) = await me.UploadAsync(sid, "hero.png", StudioRig.CharacterPng());
            statuses.Add(status);
            refused = body;
        }

        Assert.Equal([200, 200, 429], statuses);
        Assert.Equal(429, (int)refused!["code"]!);
        Assert.Contains("Too many requests of this kind from your address", (string)refused["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CostlyCalls_OverTheLimit_AreAnsweredOnlyAfterThePauseSoAnImpatientClientIsSlowed()
    {
        var pause = TimeSpan.FromSeconds(2);
        await using var studio = await StudioRig.StartAsync(http: new StudioHttpOptions { CostlyPerMinute = 1, RefusalPause = pause });
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();
        await me.UploadAsync(sid, "hero.png", StudioRig.CharacterPng());

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (status, _) = await me.UploadAsync(sid, "hero.png", StudioRig.CharacterPng());
        var waited = clock.Elapsed;
        // A client that gives up while waiting costs nothing and the studio goes on serving.
        using (var impatient = new CancellationTokenSource(TimeSpan.FromMilliseconds(200)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                me.SendAsync(HttpMethod.Post, $"/api/upload-video/nemo_agent/me/{sid}", StudioCaller.Files(("hero.png", new ByteArrayContent(StudioRig.CharacterPng()))), cancellationToken: impatient.Token));
        }

        var state = await me.StateAsync(sid);

        Assert.Equal(429, status);
        // Timers may fire a tick early against the stopwatch.
        Assert.True(waited >= pause - TimeSpan.FromMilliseconds(50), $"the refusal came after {waited.TotalMilliseconds:0} ms");
        Assert.Single(state["video_infos"]!.AsArray());
    }

    [Fact]
    public async Task AnonymousToken_RateLimitBurstFault_Answers429AfterTheBurst()
    {
        await using var studio = await StudioRig.StartAsync(new FaultOptions { RateLimitBurstAfter = 2 });

        using var first = await RequestTokenAsync(studio, Guid.NewGuid().ToString());
        using var second = await RequestTokenAsync(studio, Guid.NewGuid().ToString());
        using var third = await RequestTokenAsync(studio, Guid.NewGuid().ToString());
        var body = (await third.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(429, (int)body["code"]!);
        Assert.NotNull(third.Headers.RetryAfter);
    }

    [Theory]
    [InlineData("Bearer nmv_usr_not_a_real_token")]
    [InlineData("")]
    public async Task AnyCall_BadOrMissingToken_Answers1001(string authorization)
    {
        await using var studio = await StudioRig.StartAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/credits/balance/simple");
        if (authorization.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await studio.Http.SendAsync(request);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1001, (int)body["code"]!);
        Assert.DoesNotContain("nmv_usr_not_a_real_token", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyCall_ExpiredToken_Answers1001()
    {
        await using var studio = await StudioRig.StartAsync(new FaultOptions { ExpiredTokens = true });
        var me = await studio.SignInAsync();

        var (status, body) = await me.CallAsync(HttpMethod.Post, "/api/tasks/me/with-session/nemo_agent",
            JsonContent.Create(new JsonObject { ["task_name"] = "project", ["language"] = "en" }));

        Assert.Equal(401, status);
        Assert.Equal(1001, (int)body["code"]!);
    }

    [Fact]
    public async Task RenderCall_BadToken_Answers1001InTheRenderShape()
    {
        await using var studio = await StudioRig.StartAsync();
        var stranger = new StudioCaller(studio.Http, "nmv_usr_not_a_real_token");

        var (status, body) = await stranger.CallAsync(HttpMethod.Get, "/api/render/proxy/lambda/render_1");

        Assert.Equal(401, status);
        Assert.False((bool)body["success"]!);
        Assert.Equal(1001, (int)body["code"]!);
    }

    [Fact]
    public async Task State_UnknownSession_Answers1002()
    {
        await using var studio = await StudioRig.StartAsync();
        var me = await studio.SignInAsync();

        var (status, body) = await me.CallAsync(HttpMethod.Get, "/api/state/nemo_agent/me/no-such-session/latest");

        Assert.Equal(404, status);
        Assert.Equal(1002, (int)body["code"]!);
    }

    [Fact]
    public async Task AnotherTokensSession_ReadsAsNotFound_ForEveryCall()
    {
        await using var studio = await StudioRig.StartAsync();
        var owner = await studio.SignInAsync();
        var stranger = await studio.SignInAsync();
        var sid = await owner.CreateSessionAsync();

        var state = await stranger.CallAsync(HttpMethod.Get, $"/api/state/nemo_agent/me/{sid}/latest");
        var upload = await stranger.UploadAsync(sid, "hero.png", StudioRig.CharacterPng());
        var message = await stranger.CallAsync(HttpMethod.Post, "/run_sse", StudioCaller.Message(sid, "animate this"));
        var render = await stranger.StartRenderAsync("render_stranger", sid, draft: null);

        Assert.All([state, upload, message], answer => Assert.Equal(1002, (int)answer.Body["code"]!));
        Assert.Equal(1002, (int)render.Body["code"]!);
        Assert.False((bool)render.Body["success"]!);
    }

    [Fact]
    public async Task AnotherTokensRenderAndMedia_ReadAsNotFound()
    {
        await using var studio = await StudioRig.StartAsync();
        var owner = await studio.SignInAsync();
        var stranger = await studio.SignInAsync();
        var sid = await owner.CreateSessionAsync();
        var (_, upload) = await owner.UploadAsync(sid, "hero.png", StudioRig.CharacterPng());
        var cdnUrl = new Uri((string)upload["data"]!["files"]![0]!["cdn_url"]!);
        await owner.SendMessageAsync(sid, "animate this, 2 seconds");
        var (started, _) = await owner.StartRenderAsync("render_owned", sid, draft: null);

        var poll = await stranger.CallAsync(HttpMethod.Get, "/api/render/proxy/lambda/render_owned");
        var cancel = await stranger.CallAsync(HttpMethod.Post, "/api/render/proxy/lambda/render_owned/cancel");
        using var download = await stranger.SendAsync(HttpMethod.Get, "/api/render/proxy/render_owned/download");
        using var media = await stranger.SendAsync(HttpMethod.Get, cdnUrl.PathAndQuery);

        Assert.Equal(200, started);
        Assert.Equal(404, poll.Status);
        Assert.False((bool)poll.Body["success"]!);
        Assert.Equal(404, cancel.Status);
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, media.StatusCode);
        Assert.Equal("completed", StudioCaller.RenderStatus((await owner.PollUntilFinishedAsync("render_owned"))[^1]));
    }

    private static async Task<HttpResponseMessage> RequestTokenAsync(StudioRig studio, string clientId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/anonymous-token");
        request.Headers.Add("X-Client-Id", clientId);
        return await studio.Http.SendAsync(request);
    }
}
