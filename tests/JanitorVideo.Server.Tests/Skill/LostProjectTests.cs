using JanitorVideo.Core.Backend;
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
        var upload = await rig.Mcp.Client.CallAsync("upload", new { files = new[] { rig.Art } });
        var lost = upload.Field("session_id");

        var state = await rig.Mcp.Client.CallAsync("get_state", new { });

        Assert.NotEqual(true, state.IsError);
        var restarted = state.Field("session_id");
        Assert.NotEqual(lost, restarted);
        Assert.StartsWith($"Project {lost} no longer exists on the video service, so the project restarted as {restarted}", state.Text(), StringComparison.Ordinal);
        Assert.Contains("Timeline is empty", state.Text(), StringComparison.Ordinal);

        var again = await rig.Mcp.Client.CallAsync("get_state", new { });
        Assert.Equal(restarted, again.Field("session_id"));
        Assert.DoesNotContain("no longer exists", again.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("studio", 2)]
    [InlineData("cloud", 3)]
    public async Task Export_ProjectForgotten_SaysTheProjectRestartedAndThereIsNothingToExportYet(string route, int forgottenAt)
    {
        await using var rig = await Rig.StartAsync(route, new FaultOptions { LoseSessionAt = forgottenAt });
        var upload = await rig.Mcp.Client.CallAsync("upload", new { files = new[] { rig.Art } });

        var export = await rig.Mcp.Client.CallAsync("export", new { });

        export.AssertPlainError("NothingToExport", $"Project {upload.Field("session_id")} no longer exists");
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

        public string Art { get; }

        public static async Task<Rig> StartAsync(string route, FaultOptions faults)
        {
            var folder = new TempFolder();
            if (route == "cloud")
            {
                var loopback = await LoopbackStudio.StartAsync(faults);
                return new Rig(folder, await InProcessMcp.StartAsync(Settings.For(folder), backend: loopback.Backend()), null, loopback);
            }

            var engine = StudioEngine.Start(new StudioOptions { Folder = folder.Combine("studio"), RenderWorkers = 1 }, faults: faults);
            return new Rig(folder, await InProcessMcp.StartAsync(Settings.For(folder), backend: new StudioBackend(engine)), engine, null);
        }

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
