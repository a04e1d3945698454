using JanitorVideo.Core.Backend;
using JanitorVideo.Server.Skill;
using Microsoft.Extensions.DependencyInjection;
using JanitorVideo.Server.Tests.Support;
using JanitorVideo.Studio.Engine;
using JanitorVideo.TestSupport;
using SkiaSharp;

namespace JanitorVideo.Server.Tests.Skill;

/// <summary>
/// A project the backend has forgotten (1002): a new one takes its place, the call is made once more
/// there, and the user is told the project restarted. Through the real tools, on both backends.
/// </summary>
public sealed class LostProjectTests
{
    // The studio looks the project up once for an upload in process, twice over HTTP (the request, then
    // the ingest); the lookup after those, the state read's, finds the project forgotten.
    [Theory]
    [InlineData("studio", 2)]
    [InlineData("cloud", 3)]
    public async Task GetState_ProjectForgotten_RestartsTheProjectOnceAndSaysSo(string route, int forgottenAt)
    {
        await using var rig = await Rig.StartAsync(route, new FaultOptions { LoseSessionAt = forgottenAt });
        var upload = await rig.Mcp.Client.CallAsync("upload", new { files = new[] { rig.Art } }).WaitAsync(Deadline.Default);
        var lost = upload.Field("session_id");

        var state = await rig.Mcp.Client.CallAsync("get_state", new { }).WaitAsync(Deadline.Default);

        Assert.NotEqual(true, state.IsError);
        var restarted = state.Field("session_id");
        Assert.NotEqual(lost, restarted);
        Assert.StartsWith($"Project {lost} no longer exists on the video service, so the project restarted as {restarted}", state.Text(), StringComparison.Ordinal);
        Assert.Contains("Timeline is empty", state.Text(), StringComparison.Ordinal);

        var again = await rig.Mcp.Client.CallAsync("get_state", new { }).WaitAsync(Deadline.Default);
        Assert.Equal(restarted, again.Field("session_id"));
        Assert.DoesNotContain("no longer exists", again.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("studio", 2)]
    [InlineData("cloud", 3)]
    public async Task Export_ProjectForgotten_SaysTheProjectRestartedAndThereIsNothingToExportYet(string route, int forgottenAt)
    {
        await using var rig = await Rig.StartAsync(route, new FaultOptions { LoseSessionAt = forgottenAt });
        var upload = await rig.Mcp.Client.CallAsync("upload", new { files = new[] { rig.Art } }).WaitAsync(Deadline.Default);

        var export = await rig.Mcp.Client.CallAsync("export", new { }).WaitAsync(Deadline.Default);

        export.AssertPlainError("NothingToExport", $"Project {upload.Field("session_id")} no longer exists");
    }

    // The project is forgotten at the first state read after the reply stream dropped: the message had gone out.
    [Theory]
    [InlineData("studio", 4)]
    [InlineData("cloud", 5)]
    public async Task Message_ProjectForgottenAfterItWentOut_IsNeverSentAgainAndSaysSo(string route, int forgottenAt)
    {
        await using var rig = await Rig.StartAsync(route, new FaultOptions { DroppedStreamRate = 1, LoseSessionAt = forgottenAt });
        var upload = await rig.Mcp.Client.CallAsync("upload", new { files = new[] { rig.Art } }).WaitAsync(Deadline.Default);

        var reply = await rig.Mcp.Client.CallAsync("generate_or_edit", new { instruction = "add the title 'Dawn'" }).WaitAsync(Deadline.Default);

        reply.AssertPlainError("SessionNotFound", $"Project {upload.Field("session_id")} was lost on the video service after your request reached it, so the request was not sent again");
        Assert.Equal(1, rig.MessagesSent(upload.Field("session_id")));
    }

    /// <summary>The server's real composition over a studio that forgets projects: in process, or as the cloud over loopback HTTP.</summary>
    private sealed class Rig : IAsyncDisposable
    {
        private readonly TempFolder _folder;
        private readonly StudioEngine? _engine;
        private readonly LoopbackStudio? _loopback;

        private Rig(TempFolder folder, InProcessMcp mcp, StudioEngine? engine, LoopbackStudio? loopback)
        {
            _folder = folder;
            Mcp = mcp;
            _engine = engine;
            _loopback = loopback;
            Art = TestArt.Save(TestArt.Character(), Path.Combine(folder.Path, "hero.png"), SKEncodedImageFormat.Png);
        }

        public InProcessMcp Mcp { get; }

        /// <summary>Messages that reached the studio: on the wire for the cloud; in process, the edits they left in the project's history.</summary>
        public int MessagesSent(string sessionId) => _loopback is { } loopback
            ? loopback.To("POST", "run_sse").Count
            : _engine!.Store.History(sessionId).Count(version => version.Cause != Studio.Store.StudioStore.NewProjectCause);

        public string Art { get; }

        public static async Task<Rig> StartAsync(string route, FaultOptions faults)
        {
            var folder = new TempFolder();
            if (route == "cloud")
            {
                var loopback = await LoopbackStudio.StartAsync(faults);
                return new Rig(folder, await InProcessMcp.StartAsync(Settings.For(folder), backend: loopback.Backend(), services: Quick), null, loopback);
            }

            var engine = StudioEngine.Start(new StudioOptions { Folder = folder.Combine("studio"), RenderWorkers = 1 }, faults: faults);
            return new Rig(folder, await InProcessMcp.StartAsync(Settings.For(folder), backend: new StudioBackend(engine), services: Quick), engine, null);
        }

        /// <summary>A dropped stream is followed in tens of milliseconds, not the reference's 30 s.</summary>
        private static void Quick(IServiceCollection services) => services.AddSingleton(new ReplyTiming
        {
            DroppedStreamFirstRead = TimeSpan.FromMilliseconds(50),
            DroppedStreamReadEvery = TimeSpan.FromMilliseconds(50),
        });

        public async ValueTask DisposeAsync()
        {
            await Mcp.DisposeAsync();
            if (_loopback is not null)
            {
                await _loopback.DisposeAsync();
            }

            if (_engine is not null)
            {
                await _engine.DisposeAsync();
            }

            _folder.Dispose();
        }
    }
}
