using System.Text.Json.Nodes;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Drafts;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Media;
using JanitorVideo.Core.Skill;
using JanitorVideo.Nemo.Api;
using JanitorVideo.Nemo.Configuration;
using JanitorVideo.Nemo.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Http;
using JanitorVideo.TestSupport;
using SkiaSharp;

namespace JanitorVideo.Nemo.Tests.Api;

/// <summary>
/// Every row of the reference's error table, driven by the studio's faults over loopback HTTP and
/// judged by what crossed the wire: how often a call went out, with which client id, after how long.
/// </summary>
public sealed class RecoveryRulesTests
{
    private const string TokenPath = "api/auth/anonymous-token";
    private const string BalancePath = "api/credits/balance/simple";
    private const string SessionPath = "api/tasks/me/with-session/nemo_agent";

    [Fact]
    public async Task RateLimited_WithRetryAfter_WaitsThatLongThenTriesOnceMore()
    {
        await using var studio = await LoopbackStudio.StartAsync(new FaultOptions { RateLimitCalls = 1, RateLimitRetryAfter = TimeSpan.FromSeconds(1) });
        var backend = studio.Backend();

        await backend.GetCreditsAsync().WaitAsync(Deadline.Default);

        var calls = studio.To("GET", BalancePath);
        Assert.Equal([429, 200], calls.Select(call => call.Status));
        Assert.True(calls[1].SentAt - calls[0].SentAt >= TimeSpan.FromSeconds(0.95), $"retried after {(calls[1].SentAt - calls[0].SentAt).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task RateLimited_WithoutRetryAfter_WaitsTheConfiguredWaitThenTriesOnceMore()
    {
        await using var studio = await LoopbackStudio.StartAsync(new FaultOptions { RateLimitCalls = 1, RateLimitRetryAfter = null });
        var backend = studio.Backend(new NemoIntervals { RateLimitWait = TimeSpan.FromMilliseconds(400) });

        await backend.GetCreditsAsync().WaitAsync(Deadline.Default);

        var calls = studio.To("GET", BalancePath);
        Assert.Equal([429, 200], calls.Select(call => call.Status));
        Assert.True(calls[1].SentAt - calls[0].SentAt >= TimeSpan.FromMilliseconds(380), $"retried after {(calls[1].SentAt - calls[0].SentAt).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task RateLimited_Again_IsTriedOnlyOnceMoreThenReportedInPlainWords()
    {
        await using var studio = await LoopbackStudio.StartAsync(new FaultOptions { RateLimitCalls = 5, RateLimitRetryAfter = TimeSpan.Zero });
        var backend = studio.Backend();

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => backend.GetCreditsAsync().WaitAsync(Deadline.Default));

        Assert.Equal(ErrorKind.RateLimited, error.Kind);
        Assert.Contains("busy", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, studio.To("GET", BalancePath).Count);
    }

    [Fact]
    public async Task RateLimited_AskingForALongWait_IsReportedAtOnceWithThatWait()
    {
        await using var studio = await LoopbackStudio.StartAsync(new FaultOptions { RateLimitCalls = 1, RateLimitRetryAfter = TimeSpan.FromMinutes(10) });
        var backend = studio.Backend();

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => backend.GetCreditsAsync().WaitAsync(Deadline.Default));

        Assert.Equal(ErrorKind.RateLimited, error.Kind);
        Assert.Contains("wait 600 s", error.Message, StringComparison.Ordinal);
        Assert.Single(studio.To("GET", BalancePath));
    }

    [Fact]
    public async Task TokenExpired_IsRenewedWithTheSameClientIdAndTheCallTriedOnceMore()
    {
        // Each token works for two calls: creating the project and one read; the second read meets 1001.
        await using var studio = await LoopbackStudio.StartAsync(new FaultOptions { TokenUses = 2 });
        var backend = studio.Backend();
        var session = await backend.CreateSessionAsync("en").WaitAsync(Deadline.Default);
        await backend.GetStateAsync(session.SessionId).WaitAsync(Deadline.Default);
        var firstToken = await File.ReadAllTextAsync(studio.Config.AnonymousTokenFile);

        var state = await backend.GetStateAsync(session.SessionId).WaitAsync(Deadline.Default);

        Assert.Equal(session.SessionId, state.SessionId);
        var clientId = (await File.ReadAllTextAsync(studio.Config.ClientIdFile)).Trim();
        var tokens = studio.To("POST", TokenPath);
        Assert.Equal(2, tokens.Count);
        Assert.All(tokens, request => Assert.Equal(clientId, request.ClientId));
        Assert.Equal([200, 401, 200], studio.To("GET", NemoPathsState(session.SessionId)).Select(call => call.Status));
        Assert.NotEqual(firstToken, await File.ReadAllTextAsync(studio.Config.AnonymousTokenFile));
    }

    [Fact]
    public async Task TokenExpired_NewTokenRefusedToo_IsRenewedOnlyOnceThenReported()
    {
        await using var studio = await LoopbackStudio.StartAsync(new FaultOptions { ExpiredTokens = true });
        var backend = studio.Backend();

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => backend.CreateSessionAsync("en").WaitAsync(Deadline.Default));

        Assert.Equal(ErrorKind.TokenInvalid, error.Kind);
        Assert.Equal(2, studio.To("POST", TokenPath).Count);
        Assert.Equal(2, studio.To("POST", SessionPath).Count);
    }

    [Fact]
    public async Task SuppliedToken_Refused_IsNeitherRenewedNorRepeatedAndTheUserIsToldToFixIt()
    {
        const string token = "nmv_usr_not-a-real-token-4711";
        await using var studio = await LoopbackStudio.StartAsync(FaultOptions.None);
        var backend = studio.Backend(options: new NemoOptions { Token = token });

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => backend.GetCreditsAsync().WaitAsync(Deadline.Default));

        Assert.Equal(ErrorKind.TokenInvalid, error.Kind);
        Assert.Contains("NEMO_TOKEN", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.Message + error.Detail, StringComparison.Ordinal);
        Assert.Empty(studio.To("POST", TokenPath));
        Assert.Single(studio.To("GET", BalancePath));
    }

    [Fact]
    public async Task ClientIdRefused_IsReplacedKeptAndTheTokenRequestTriedOnceMore()
    {
        await using var studio = await LoopbackStudio.StartAsync(new FaultOptions { RefuseClientIds = 1 });
        var backend = studio.Backend();

        await backend.CreateSessionAsync("en").WaitAsync(Deadline.Default);

        var tokens = studio.To("POST", TokenPath);
        Assert.Equal([400, 200], tokens.Select(call => call.Status));
        Assert.NotEqual(tokens[0].ClientId, tokens[1].ClientId);
        Assert.Equal(tokens[1].ClientId, (await File.ReadAllTextAsync(studio.Config.ClientIdFile)).Trim());
        Assert.Equal(tokens[1].ClientId, studio.To("POST", SessionPath).Single().ClientId);
    }

    [Fact]
    public async Task ClientIdFromTheEnvironment_Refused_IsKeptAndTheUserIsToldToChangeIt()
    {
        var own = Guid.NewGuid();
        await using var studio = await LoopbackStudio.StartAsync(new FaultOptions { RefuseClientIds = 1 });
        var backend = studio.Backend(options: new NemoOptions { ClientId = own });

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => backend.CreateSessionAsync("en").WaitAsync(Deadline.Default));

        Assert.Equal(ErrorKind.MissingClientId, error.Kind);
        Assert.Contains("NEMO_CLIENT_ID", error.Message, StringComparison.Ordinal);
        Assert.Equal(own.ToString("D"), studio.To("POST", TokenPath).Single().ClientId);
        Assert.Empty(studio.To("POST", SessionPath));
    }

    [Fact]
    public async Task ConnectionLost_OnARead_IsTriedAgainUntilItAnswers()
    {
        await using var studio = await LoopbackStudio.StartAsync(new FaultOptions { CutCalls = 2 });
        var backend = studio.Backend();

        await backend.GetCreditsAsync().WaitAsync(Deadline.Default);

        Assert.Equal([0, 0, 200], studio.To("GET", BalancePath).Select(call => call.Status));
    }

    [Fact]
    public async Task ConnectionLost_OnANewProject_IsNotTriedAgainAndSaysItMayHaveGoneThrough()
    {
        await using var studio = await LoopbackStudio.StartAsync(new FaultOptions { CutCalls = 1 });
        var backend = studio.Backend();

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => backend.CreateSessionAsync("en").WaitAsync(Deadline.Default));

        Assert.Equal(ErrorKind.BackendUnreachable, error.Kind);
        Assert.Contains("not known whether a new project went through", error.Message, StringComparison.Ordinal);
        Assert.Contains("get_state", error.Message, StringComparison.Ordinal);
        Assert.Single(studio.To("POST", SessionPath));
    }

    [Fact]
    public async Task ConnectionLost_OnAMessage_IsADroppedReplyAndTheMessageIsNeverSentAgain()
    {
        await using var studio = await LoopbackStudio.StartAsync(new FaultOptions { CutMessages = 1 });
        var backend = studio.Backend();
        var session = await backend.CreateSessionAsync("en").WaitAsync(Deadline.Default);

        // It may be running: the conversation follows the project's state rather than send it again.
        await Assert.ThrowsAsync<ReplyDroppedException>(() => DrainAsync(backend.SendMessageAsync(session.SessionId, "add the title 'Dawn'")));

        Assert.Single(studio.To("POST", "run_sse"));
    }

    [Fact]
    public async Task ServiceDown_IsUnreachableWithTheFixAndNothingCanHaveGoneThrough()
    {
        var port = FreeLoopbackPort();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = Timeout.InfiniteTimeSpan };
        await using var studio = await LoopbackStudio.StartAsync(FaultOptions.None);
        var backend = new NemoBackend(http, new IdentityAccess(http, ClientIdentity.Open(new NemoOptions { Token = "nmv_usr_own" }, studio.Config, TimeProvider.System, NullLogger.Instance),
                TimeProvider.System), SkillAttribution.From(SkillManifest.Embedded, "unknown"), new Uri("https://nemovideo.example/"),
            new NemoIntervals { TransientRetryDelay = TimeSpan.FromMilliseconds(10) });

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => backend.CreateSessionAsync("en").WaitAsync(Deadline.Default));

        Assert.Equal(ErrorKind.BackendUnreachable, error.Kind);
        Assert.Contains("NEMO_API_URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimited_TokenRequest_IsWaitedOutEvenPastTheCallsOwnLimit()
    {
        // The wait the token request is asked for (1 s) is longer than the call's own limit (0.5 s): the limit starts once the token is had.
        await using var studio = await LoopbackStudio.StartAsync(new FaultOptions { RateLimitTokenCalls = 1, RateLimitRetryAfter = TimeSpan.FromSeconds(1) });
        var backend = studio.Backend(timeouts: new NemoTimeouts { Call = TimeSpan.FromMilliseconds(500) });

        await backend.GetCreditsAsync().WaitAsync(Deadline.Default);

        Assert.Equal([429, 200], studio.To("POST", TokenPath).Select(call => call.Status));
        Assert.Equal([200], studio.To("GET", BalancePath).Select(call => call.Status));
    }

    [Fact]
    public async Task ClientIdRefusedAgainAndAgain_IsReplacedOnlyOnceInAProcess()
    {
        await using var studio = await LoopbackStudio.StartAsync(new FaultOptions { RefuseClientIds = 5 });
        var backend = studio.Backend();

        var first = await Assert.ThrowsAsync<VideoBackendException>(() => backend.CreateSessionAsync("en").WaitAsync(Deadline.Default));
        var second = await Assert.ThrowsAsync<VideoBackendException>(() => backend.CreateSessionAsync("en").WaitAsync(Deadline.Default));

        Assert.Equal(ErrorKind.MissingClientId, first.Kind);
        Assert.Contains("even after a new one was made", second.Message, StringComparison.Ordinal);
        var ids = studio.To("POST", TokenPath).Select(call => call.ClientId).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Equal(2, ids.Distinct().Count());
        Assert.Equal(ids[^1], (await File.ReadAllTextAsync(studio.Config.ClientIdFile)).Trim());
    }

    [Fact]
    public async Task RateLimited_Message_WasNotTakenSoItIsSentOnceMoreAndDoneOnce()
    {
        await using var studio = await LoopbackStudio.StartAsync(new FaultOptions { RateLimitCalls = 1, RateLimitRetryAfter = null });
        // The project is made inside the studio, so the message is the first call over HTTP: the one refused.
        var issued = studio.Engine.IssueAnonymousToken("message-client");
        var session = studio.Engine.CreateSession(issued.User, "en");
        var backend = studio.Backend(new NemoIntervals { RateLimitWait = TimeSpan.FromMilliseconds(50) }, new NemoOptions { Token = issued.Token });

        await DrainAsync(backend.SendMessageAsync(session.SessionId, "add the title 'Dawn'"));

        Assert.Equal([429, 200], studio.To("POST", "run_sse").Select(call => call.Status));
        var draft = (await backend.GetStateAsync(session.SessionId).WaitAsync(Deadline.Default)).Draft;
        Assert.Single(draft.Tracks, track => track.Kind == TrackKind.Text);
    }

    [Fact]
    public async Task FreePlan_Export_IsRefusedOnceWithThePlanExplainedAndTheRegistrationLink()
    {
        await using var studio = await LoopbackStudio.StartAsync(new FaultOptions { FreePlan = true });
        var backend = studio.Backend();
        var session = await backend.CreateSessionAsync("en").WaitAsync(Deadline.Default);

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => backend.StartRenderAsync(
            new RenderRequest("render_free_plan_1", session.SessionId, ReadyDraft(), "mp4", "high")).WaitAsync(Deadline.Default));

        Assert.Equal(ErrorKind.ExportBlockedByPlan, error.Kind);
        Assert.Contains("not your credits", error.Message, StringComparison.Ordinal);
        var clientId = (await File.ReadAllTextAsync(studio.Config.ClientIdFile)).Trim();
        Assert.Contains($"https://nemovideo.example/register?bind={clientId}", error.Message, StringComparison.Ordinal);
        Assert.Single(studio.To("POST", "api/render/proxy/lambda"));
    }

    [Fact]
    public async Task OutOfCredits_Anonymous_IsToldToRegisterWithALinkBoundToItsClientId()
    {
        await using var studio = await LoopbackStudio.StartAsync(FaultOptions.None, options => options with { Credits = new CreditRules(Enabled: true, AnonymousAllowance: 0, GenerationCost: 100, EditCost: 50) });
        var backend = studio.Backend();
        var session = await backend.CreateSessionAsync("en").WaitAsync(Deadline.Default);
        await backend.UploadAsync(session.SessionId, [new UploadSource.LocalFile(Art(studio))]).WaitAsync(Deadline.Default);

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => DrainAsync(backend.SendMessageAsync(session.SessionId, "animate this, 2 seconds")));

        Assert.Equal(ErrorKind.OutOfCredits, error.Kind);
        var clientId = (await File.ReadAllTextAsync(studio.Config.ClientIdFile)).Trim();
        Assert.Contains($"Register to get more: https://nemovideo.example/register?bind={clientId}", error.Message, StringComparison.Ordinal);
        Assert.Single(studio.To("POST", "run_sse"));
    }

    [Fact]
    public async Task OutOfCredits_OwnToken_IsToldToTopUpWithNoRegistrationLink()
    {
        await using var studio = await LoopbackStudio.StartAsync(FaultOptions.None, options => options with { Credits = new CreditRules(Enabled: true, AnonymousAllowance: 0, GenerationCost: 100, EditCost: 50) });
        var issued = studio.Engine.IssueAnonymousToken("registered-user");
        var backend = studio.Backend(options: new NemoOptions { Token = issued.Token });
        var session = await backend.CreateSessionAsync("en").WaitAsync(Deadline.Default);
        await backend.UploadAsync(session.SessionId, [new UploadSource.LocalFile(Art(studio))]).WaitAsync(Deadline.Default);

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => DrainAsync(backend.SendMessageAsync(session.SessionId, "animate this, 2 seconds")));

        Assert.Equal(ErrorKind.OutOfCredits, error.Kind);
        Assert.Contains("Top up", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("bind=", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnsupportedFile_IsRefusedOnceWithTheAcceptedFormats()
    {
        await using var studio = await LoopbackStudio.StartAsync(FaultOptions.None);
        var backend = studio.Backend();
        var session = await backend.CreateSessionAsync("en").WaitAsync(Deadline.Default);
        var notes = Path.Combine(studio.Folder, "notes.txt");
        await File.WriteAllTextAsync(notes, "not a picture at all, just words");

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => backend.UploadAsync(session.SessionId, [new UploadSource.LocalFile(notes)]).WaitAsync(Deadline.Default));

        Assert.Equal(ErrorKind.UnsupportedFileType, error.Kind);
        Assert.Contains(MediaFormats.AcceptedList, error.Message, StringComparison.Ordinal);
        Assert.Single(studio.To("POST", $"api/upload-video/nemo_agent/me/{session.SessionId}"));
    }

    [Fact]
    public async Task FileTooLarge_IsRefusedOnceWithCompressionAdvice()
    {
        await using var studio = await LoopbackStudio.StartAsync(FaultOptions.None, http: new StudioHttpOptions { MaxUploadBytes = 2048 });
        var backend = studio.Backend();
        var session = await backend.CreateSessionAsync("en").WaitAsync(Deadline.Default);

        // Noise does not compress: about 2.5 MB, over the 2 KB limit and the studio's 1 MB allowance for multipart framing.
        var noise = new SKBitmap(800, 800);
        var random = new Random(7);
        var pixels = new byte[800 * 800 * 4];
        random.NextBytes(pixels);
        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, noise.GetPixels(), pixels.Length);
        var big = TestArt.Save(noise, Path.Combine(studio.Folder, "noise.png"), SKEncodedImageFormat.Png);

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => backend.UploadAsync(session.SessionId, [new UploadSource.LocalFile(big)]).WaitAsync(Deadline.Default));

        Assert.Equal(ErrorKind.FileTooLarge, error.Kind);
        Assert.Contains("Compress", error.Message, StringComparison.Ordinal);
        Assert.Single(studio.To("POST", $"api/upload-video/nemo_agent/me/{session.SessionId}"));
    }

    [Fact]
    public async Task SessionLost_IsReportedAsNotFoundWithoutRetryForTheCallerToStartAgain()
    {
        await using var studio = await LoopbackStudio.StartAsync(new FaultOptions { LoseSessionAt = 1 });
        var backend = studio.Backend();
        var session = await backend.CreateSessionAsync("en").WaitAsync(Deadline.Default);

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => backend.GetStateAsync(session.SessionId).WaitAsync(Deadline.Default));

        Assert.Equal(ErrorKind.SessionNotFound, error.Kind);
        Assert.Single(studio.To("GET", NemoPathsState(session.SessionId)));
    }

    private static int FreeLoopbackPort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static string NemoPathsState(string sessionId) => $"api/state/nemo_agent/me/{sessionId}/latest";

    private static Draft ReadyDraft() => Draft.FromNode(JsonNode.Parse("""{"t":[{"tt":0,"sg":[{"d":2000}]}]}""")!.AsObject());

    private static string Art(LoopbackStudio studio)
    {
        return TestArt.Save(TestArt.Character(), Path.Combine(studio.Folder, "hero.png"), SKEncodedImageFormat.Png);
    }

    private static async Task DrainAsync(IAsyncEnumerable<AgentEvent> events)
    {
        using var deadline = new CancellationTokenSource(Deadline.Default);
        await foreach (var _ in events.WithCancellation(deadline.Token))
        {
        }
    }
}
