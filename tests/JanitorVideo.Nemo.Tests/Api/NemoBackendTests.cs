using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Skill;
using JanitorVideo.Nemo.Api;
using JanitorVideo.Nemo.Configuration;
using JanitorVideo.Nemo.Identity;
using JanitorVideo.Studio.Engine;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Nemo.Tests.Api;

/// <summary>What the cloud client does beyond the shared contract, against a studio over loopback that misbehaves on purpose.</summary>
public sealed class NemoBackendTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task SendMessage_StreamOutlivesItsLimit_IsATimeoutInPlainWordsAndNotResent()
    {
        await using var studio = await LoopbackStudio.StartAsync(new FaultOptions { HeartbeatOnlyFor = TimeSpan.FromMinutes(5) });
        var backend = studio.Backend(new NemoIntervals { RenderPoll = TimeSpan.FromMilliseconds(100), ReplyStreamLimit = TimeSpan.FromSeconds(1) });
        var session = await backend.CreateSessionAsync("en");
        using var deadline = new CancellationTokenSource(Deadline);

        var error = await Assert.ThrowsAsync<VideoBackendException>(async () =>
        {
            await foreach (var _ in backend.SendMessageAsync(session.SessionId, "add the title 'Dawn'", deadline.Token))
            {
            }
        });

        Assert.Equal(ErrorKind.Timeout, error.Kind);
        Assert.Contains("did not answer in time", error.Message, StringComparison.Ordinal);
        Assert.False(deadline.IsCancellationRequested);
    }

    [Fact]
    public async Task SendMessage_StreamDropsAfterTheWork_IsReplyDroppedAndTheWorkIsInTheState()
    {
        await using var studio = await LoopbackStudio.StartAsync(new FaultOptions { DroppedStreamRate = 1 });
        var backend = studio.Backend();
        var session = await backend.CreateSessionAsync("en");
        using var deadline = new CancellationTokenSource(Deadline);

        await Assert.ThrowsAsync<ReplyDroppedException>(async () =>
        {
            await foreach (var _ in backend.SendMessageAsync(session.SessionId, "add the title 'Dawn'", deadline.Token))
            {
            }
        });

        var state = await backend.GetStateAsync(session.SessionId, deadline.Token);
        Assert.Contains("Dawn", state.Draft.ToJson(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "asks for an access key")]
    [InlineData("wrong-key", "does not accept the key in NEMO_STUDIO_KEY")]
    public async Task AnyCall_KeyProtectedStudioWithoutItsKey_SaysSetNemoStudioKeyAndAsksNoNewToken(string? key, string words)
    {
        await using var studio = await LoopbackStudio.StartAsync(FaultOptions.None, http: new JanitorVideo.Studio.Http.StudioHttpOptions { AccessKey = "operator-secret" });
        var backend = studio.Backend(options: new NemoOptions { StudioKey = key });

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => backend.CreateSessionAsync("en"));

        Assert.Contains(words, error.Message, StringComparison.Ordinal);
        Assert.Contains("NEMO_STUDIO_KEY", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("operator-secret", error.Message, StringComparison.Ordinal);
        // Refused at the door: one token request, and no new client id or token tried after it.
        Assert.Single(studio.To("POST", "api/auth/anonymous-token"));
        Assert.All(studio.Traffic, exchange => Assert.Equal(401, exchange.Status));
    }

    [Fact]
    public async Task CreateSession_StudioKeepsNoMoreProjectsForThisUser_IsQuotaExceededInTheStudiosWords()
    {
        await using var studio = await LoopbackStudio.StartAsync(FaultOptions.None,
            options => options with { StorageLimits = new StorageLimits { MaxProjectsPerUser = 1 } });
        var backend = studio.Backend();
        await backend.CreateSessionAsync("en");

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => backend.CreateSessionAsync("en"));

        Assert.Equal(ErrorKind.QuotaExceeded, error.Kind);
        Assert.Contains("You have 1 project on this studio, the most it keeps for one user", error.Message, StringComparison.Ordinal);
        Assert.Single(studio.To("POST", "api/tasks/me/with-session/nemo_agent"), exchange => exchange.Status == 507);
    }

    [Fact]
    public async Task AnyCall_KeyLeftOutAfterATokenWasHad_IsNotTakenForARefusedToken()
    {
        await using var studio = await LoopbackStudio.StartAsync(FaultOptions.None, http: new JanitorVideo.Studio.Http.StudioHttpOptions { AccessKey = "operator-secret" });
        await studio.Backend(options: new NemoOptions { StudioKey = "operator-secret" }).CreateSessionAsync("en");
        var withoutKey = studio.Backend();

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => withoutKey.CreateSessionAsync("en"));

        Assert.Contains("asks for an access key", error.Message, StringComparison.Ordinal);
        // The kept token went with the call and was refused by the key's guard: no new token was asked for.
        Assert.Single(studio.To("POST", "api/auth/anonymous-token"));
        Assert.Equal(401, studio.To("POST", "api/tasks/me/with-session/nemo_agent")[^1].Status);
    }

    [Fact]
    public async Task AnyCall_TheStudiosKeyGiven_IsServed()
    {
        await using var studio = await LoopbackStudio.StartAsync(FaultOptions.None, http: new JanitorVideo.Studio.Http.StudioHttpOptions { AccessKey = "operator-secret" });
        var backend = studio.Backend(options: new NemoOptions { StudioKey = "operator-secret" });

        var session = await backend.CreateSessionAsync("en");

        Assert.False(string.IsNullOrEmpty(session.SessionId));
    }

    [Fact]
    public async Task CreateSession_Always_GivesAProjectLinkWithTheSkillAndNoToken()
    {
        await using var studio = await LoopbackStudio.StartAsync(FaultOptions.None);
        var backend = studio.Backend();

        var session = await backend.CreateSessionAsync("en");

        var link = Assert.IsType<Uri>(session.ProjectLink).AbsoluteUri;
        Assert.StartsWith("https://nemovideo.example/workspace/claim?task=", link, StringComparison.Ordinal);
        Assert.Contains($"session={session.SessionId}", link, StringComparison.Ordinal);
        Assert.Contains($"skill_name={SkillManifest.Embedded.Name}", link, StringComparison.Ordinal);
        Assert.DoesNotContain("nmv_", link, StringComparison.Ordinal);
        Assert.DoesNotContain("token", link, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnyCall_CallerCancels_StaysACancellation()
    {
        await using var studio = await LoopbackStudio.StartAsync(new FaultOptions { HeartbeatOnlyFor = TimeSpan.FromMinutes(5) });
        var backend = studio.Backend();
        var session = await backend.CreateSessionAsync("en");
        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in backend.SendMessageAsync(session.SessionId, "add the title 'Dawn'", giveUp.Token))
            {
            }
        });
    }

    [Fact]
    public async Task Restart_SameHome_ReusesTheClientIdAndTokenSoTheProjectIsStillThere()
    {
        await using var studio = await LoopbackStudio.StartAsync(FaultOptions.None);
        var first = studio.Backend();
        var session = await first.CreateSessionAsync("en");
        var stored = NemoConfigFolder.InHome(studio.Home);
        var clientId = await File.ReadAllTextAsync(stored.ClientIdFile);
        var token = await File.ReadAllTextAsync(stored.AnonymousTokenFile);

        var afterRestart = studio.Backend();
        var state = await afterRestart.GetStateAsync(session.SessionId);

        // Another token would be another user, to whom the project reads as not found.
        Assert.Equal(session.SessionId, state.SessionId);
        Assert.Equal(clientId, await File.ReadAllTextAsync(stored.ClientIdFile));
        Assert.Equal(token, await File.ReadAllTextAsync(stored.AnonymousTokenFile));
    }

    [Fact]
    public async Task Download_LinkOnAnotherHost_IsFetchedWithoutTheToken()
    {
        await using var studio = await LoopbackStudio.StartAsync(FaultOptions.None);
        var backend = studio.Backend();
        await backend.CreateSessionAsync("en");
        using var cdn = new System.Net.HttpListener();
        var port = FreePort();
        cdn.Prefixes.Add($"http://127.0.0.2:{port}/");
        cdn.Start();
        var served = Task.Run(async () =>
        {
            var context = await cdn.GetContextAsync();
            var headers = context.Request.Headers.AllKeys.ToList();
            context.Response.ContentType = "video/mp4";
            await context.Response.OutputStream.WriteAsync("....ftypisom"u8.ToArray());
            context.Response.Close();
            return headers;
        });
        using var target = new MemoryStream();
        using var deadline = new CancellationTokenSource(Deadline);

        await backend.DownloadAsync(new RenderJob("render_1_cdn", RenderStatus.Completed, 100, new Uri($"http://127.0.0.2:{port}/clip.mp4")), target, deadline.Token);

        var headers = await served.WaitAsync(deadline.Token);
        Assert.DoesNotContain("Authorization", headers, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain("X-Client-Id", headers, StringComparer.OrdinalIgnoreCase);
        Assert.Equal("....ftypisom"u8.ToArray(), target.ToArray());
    }

    [Fact]
    public async Task Token_ManyCallersAtOnce_OneTokenIsAskedForAndShared()
    {
        await using var studio = await LoopbackStudio.StartAsync(FaultOptions.None);
        var backend = studio.Backend();

        var sessions = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => backend.CreateSessionAsync("en")));

        Assert.Single(studio.To("POST", "api/auth/anonymous-token"));
        var afterwards = studio.Backend();
        foreach (var session in sessions)
        {
            Assert.Equal(session.SessionId, (await afterwards.GetStateAsync(session.SessionId)).SessionId);
        }
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Parse("127.0.0.2"), 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }
}
