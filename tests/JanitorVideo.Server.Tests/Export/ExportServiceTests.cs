using JanitorVideo.Core;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Errors;
using JanitorVideo.TestSupport;
using JanitorVideo.Server.Export;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Rendering;
using Microsoft.Extensions.Logging.Abstractions;
using SkiaSharp;

namespace JanitorVideo.Server.Tests.Export;

/// <summary>
/// The one export path (tool, routed words and the animate verb all use it) against the real studio
/// made to misbehave as the cloud does: renders that fail, renders that take too long, a caller who
/// gives up. The user gets the MP4 after one failure, plain words after two, and nothing keeps
/// rendering for nobody.
/// </summary>
public sealed class ExportServiceTests
{
    /// <summary>A render here takes seconds; past this something hangs, and the test says so instead of waiting out the 15-minute limit.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Export_FirstRenderFails_TriesOnceMoreUnderANewIdAndDeliversTheMp4()
    {
        await using var rig = await Rig.StartAsync(new FaultOptions { FailFirstRenders = 1 });
        using var deadline = new CancellationTokenSource(Deadline);
        var seen = new List<int>();

        var clip = await rig.Exports().ExportAsync(rig.Request(), new DirectProgress<ExportProgress>(step => seen.Add(step.Percent)), deadline.Token);

        Assert.True(File.Exists(clip.Path));
        Assert.Equal("ftyp"u8.ToArray(), File.ReadAllBytes(clip.Path).AsSpan(4, 4).ToArray());
        var renders = rig.Engine.Store.Renders(rig.SessionId);
        Assert.Equal(2, renders.Count);
        Assert.Contains(renders, r => r.Status == RenderStatus.Failed && r.RenderId != clip.Job.Id);
        Assert.Contains(renders, r => r.Status == RenderStatus.Completed && r.RenderId == clip.Job.Id);
        Assert.Equal(100, seen[^1]);
        Assert.True(seen.Zip(seen.Skip(1)).All(pair => pair.Second > pair.First), $"progress went back or stood still: {string.Join(", ", seen)}");
    }

    [Fact]
    public async Task Export_NoQualityNamed_OnTheStudioRendersWithItsStandardEncode()
    {
        await using var rig = await Rig.StartAsync(FaultOptions.None);
        using var deadline = new CancellationTokenSource(Deadline);

        var clip = await rig.Exports().ExportAsync(rig.Request() with { Quality = null }, new DirectProgress<ExportProgress>(_ => { }), deadline.Token);

        // What a user waits on: x264 veryfast at CRF 20 (the encode animate uses), not the slower preset "high" names there.
        var render = Assert.Single(rig.Engine.Store.Renders(rig.SessionId));
        Assert.Equal(clip.Job.Id, render.RenderId);
        Assert.Equal("standard", render.Quality);
    }

    [Fact]
    public async Task Export_TwoRendersFail_SaysSoInPlainWordsAndLeavesNoFile()
    {
        await using var rig = await Rig.StartAsync(new FaultOptions { FailFirstRenders = 2 });
        var request = rig.Request();
        using var deadline = new CancellationTokenSource(Deadline);

        var error = await Assert.ThrowsAsync<VideoBackendException>(
            () => rig.Exports().ExportAsync(request, new Progress<ExportProgress>(), deadline.Token));

        Assert.Equal(ErrorKind.RenderFailed, error.Kind);
        Assert.Contains("tried twice", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(request.Destination));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(request.Destination)!, "*.part"));
        Assert.Equal(2, rig.Engine.Store.Renders(rig.SessionId).Count);
    }

    [Fact]
    public async Task Export_RenderOutlivesTheTimeLimit_IsCancelledOnTheBackendAndSaysSo()
    {
        await using var rig = await Rig.StartAsync(new FaultOptions { SlowRenderBy = TimeSpan.FromMinutes(10) });
        var exports = rig.Exports(new ExportOptions { RenderTimeout = TimeSpan.FromSeconds(1) });
        using var deadline = new CancellationTokenSource(Deadline);

        var error = await Assert.ThrowsAsync<VideoBackendException>(
            () => exports.ExportAsync(rig.Request(), new Progress<ExportProgress>(), deadline.Token));

        Assert.Equal(ErrorKind.Timeout, error.Kind);
        Assert.Contains("was cancelled", error.Message, StringComparison.Ordinal);
        await rig.AllRendersEndAsync(RenderStatus.Cancelled);
    }

    [Fact]
    public async Task Export_CallerGivesUp_CancelsTheRenderOnTheBackend()
    {
        await using var rig = await Rig.StartAsync(new FaultOptions { SlowRenderBy = TimeSpan.FromMinutes(10) });
        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => rig.Exports().ExportAsync(rig.Request(), new Progress<ExportProgress>(), giveUp.Token));

        await rig.AllRendersEndAsync(RenderStatus.Cancelled);
    }

    /// <summary>A studio with one short animated project, ready to export.</summary>
    private sealed class Rig : IAsyncDisposable
    {
        private readonly TempFolder folder;
        private ProjectState? state;

        private Rig(TempFolder folder, StudioEngine engine)
        {
            this.folder = folder;
            Engine = engine;
        }

        public StudioEngine Engine { get; }

        public StudioBackend Backend => new(Engine);

        public string SessionId { get; private set; } = "";

        public static async Task<Rig> StartAsync(FaultOptions faults)
        {
            var folder = new TempFolder();
            var rig = new Rig(folder, StudioEngine.Start(new StudioOptions { Folder = Path.Combine(folder.Path, "studio"), RenderWorkers = 1 }, faults: faults));
            using var art = TestArt.Character(240, 360);
            var image = TestArt.Save(art, Path.Combine(rig.folder.Path, "hero.png"), SKEncodedImageFormat.Png);
            var backend = rig.Backend;
            using var deadline = new CancellationTokenSource(Deadline);
            var session = await backend.CreateSessionAsync("en", deadline.Token);
            rig.SessionId = session.SessionId;
            await backend.UploadAsync(session.SessionId, [new UploadSource.LocalFile(image)], deadline.Token);
            await foreach (var _ in backend.SendMessageAsync(session.SessionId, "animate this character with a slow push-in, 1 second, 720p", deadline.Token))
            {
            }

            rig.state = await backend.GetStateAsync(session.SessionId, deadline.Token);
            Assert.True(rig.state.Draft.IsReadyForExport, "the studio should have made a clip to export");
            return rig;
        }

        public ExportRequest Request() => new(SessionId, state!.Draft, Path.Combine(folder.Path, "clip.mp4"), "draft");

        public ExportService Exports(ExportOptions? options = null) =>
            new(Backend, new ClipInspector(NullLogger<ClipInspector>.Instance), options ?? new ExportOptions(), TimeProvider.System, NullLogger<ExportService>.Instance);

        /// <summary>Waits (at most a minute) until no render of the project is still waiting or running, then checks how they ended.</summary>
        public async Task AllRendersEndAsync(RenderStatus expected)
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            while (Engine.Store.Renders(SessionId).Any(r => r.Status is RenderStatus.Pending or RenderStatus.Processing))
            {
                Assert.False(deadline.IsCancellationRequested, "a render was still running a minute after the export gave up on it");
                await Task.Delay(50);
            }

            Assert.All(Engine.Store.Renders(SessionId), r => Assert.Equal(expected, r.Status));
        }

        public async ValueTask DisposeAsync()
        {
            await Engine.DisposeAsync();
            folder.Dispose();
        }
    }
}
