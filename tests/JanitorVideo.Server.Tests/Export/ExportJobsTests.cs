using System.Text.Json;
using JanitorVideo.Core.Backend;
using JanitorVideo.Server.Export;
using JanitorVideo.Server.Tests.Support;
using JanitorVideo.Studio.Engine;
using JanitorVideo.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using SkiaSharp;

namespace JanitorVideo.Server.Tests.Export;

/// <summary>
/// Exports through the real tools as an impatient host meets them: a render that outlives the call's
/// wait goes on and is collected by the next export (after a restart too), an unchanged project is
/// never rendered twice, an edit renders anew, the client cancelling cancels the render; judged by
/// the studio's render queue, never by time.
/// </summary>
public sealed class ExportJobsTests
{
    private const string Animate = "animate this character with a slow push-in, 1 second, 720p";

    [Fact]
    public async Task Export_RenderOutlivesTheWait_AnswersWithItsProgressAndTheNextExportCollectsTheSameRender()
    {
        await using var rig = await Rig.StartAsync(new FaultOptions { SlowRenderBy = TimeSpan.FromSeconds(4) }, wait: TimeSpan.FromMilliseconds(500));
        await rig.AnimateAsync();

        var first = await rig.Mcp.Client.CallAsync("export").WaitAsync(Deadline.Default);

        Assert.True(first.IsError != true, first.Text());
        Assert.Equal("rendering", first.Field("status"));
        var renderId = first.Field("render_id");
        Assert.StartsWith("render_", renderId, StringComparison.Ordinal);
        Assert.Contains($"Still rendering {renderId}", first.Text(), StringComparison.Ordinal);
        Assert.Contains("call export again", first.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(JsonValueKind.Null, first.StructuredContent!.Value.GetProperty("size_bytes").ValueKind);

        var second = await rig.CollectAsync();

        Assert.Equal(renderId, second.Field("render_id"));
        Assert.Equal(first.Field("path"), second.Field("path")); // where the first answer said it would go
        Assert.True(File.Exists(second.Field("path")));
        Assert.Single(rig.Renders);
    }

    [Fact]
    public async Task Export_ServerRestartsWhileRendering_TheNewServerCollectsTheSameRender()
    {
        using var folder = new TempFolder();
        string renderId;
        await using (var before = await Rig.StartAsync(new FaultOptions { SlowRenderBy = TimeSpan.FromSeconds(4) }, wait: TimeSpan.FromMilliseconds(500), folder))
        {
            await before.AnimateAsync();
            var first = await before.Mcp.Client.CallAsync("export").WaitAsync(Deadline.Default);
            Assert.Equal("rendering", first.Field("status"));
            renderId = first.Field("render_id");
        }

        await using var after = await Rig.StartAsync(FaultOptions.None, wait: TimeSpan.FromMilliseconds(500), folder);
        var collected = await after.CollectAsync(after.SessionOf(renderId));

        Assert.Equal(renderId, collected.Field("render_id"));
        Assert.True(File.Exists(collected.Field("path")));
        Assert.Single(after.Engine.Store.Renders(after.SessionOf(renderId)));
    }

    [Fact]
    public async Task Export_UnchangedProject_HandsTheSameMp4OutAgainWithoutRendering()
    {
        await using var rig = await Rig.StartAsync(FaultOptions.None, wait: TimeSpan.FromMinutes(2));
        await rig.AnimateAsync();
        var first = await rig.Mcp.Client.CallAsync("export").WaitAsync(Deadline.Default);
        Assert.Equal("exported", first.Field("status"));

        var again = await rig.Mcp.Client.CallAsync("export").WaitAsync(Deadline.Default);

        Assert.Equal("exported", again.Field("status"));
        Assert.True(again.StructuredContent!.Value.GetProperty("reused").GetBoolean());
        Assert.Contains("handed out again (no new render)", again.Text(), StringComparison.Ordinal);
        Assert.Equal(first.Field("render_id"), again.Field("render_id"));
        Assert.NotEqual(first.Field("path"), again.Field("path"));
        Assert.Equal(await File.ReadAllBytesAsync(first.Field("path")), await File.ReadAllBytesAsync(again.Field("path")));
        Assert.True(File.Exists(Path.ChangeExtension(again.Field("path"), ".preview.png")));
        Assert.Single(rig.Renders);
    }

    [Fact]
    public async Task Export_CloudClipHandedOutAgain_DoesNotRepeatItsOldDownloadUrl()
    {
        await using var studio = await LoopbackStudio.StartAsync(FaultOptions.None);
        using var folder = new TempFolder();
        await using var mcp = await InProcessMcp.StartAsync(Settings.For(folder), backend: studio.Backend(),
            services: services => services.AddSingleton(new ExportOptions { ToolWait = TimeSpan.FromMinutes(2) }));
        var art = TestArt.Save(TestArt.Character(240, 360), Path.Combine(folder.Path, "hero.png"), SKEncodedImageFormat.Png);
        await mcp.Client.CallAsync("upload", new { files = new[] { art } }).WaitAsync(Deadline.Default);
        await mcp.Client.CallAsync("generate_or_edit", new { instruction = Animate }).WaitAsync(Deadline.Default);
        var first = await mcp.Client.CallAsync("export").WaitAsync(Deadline.Default);

        var again = await mcp.Client.CallAsync("export").WaitAsync(Deadline.Default);

        Assert.StartsWith("http://127.0.0.1", first.Field("remote_url"), StringComparison.Ordinal);
        Assert.True(again.StructuredContent!.Value.GetProperty("reused").GetBoolean(), again.Text());
        Assert.Equal(JsonValueKind.Null, again.StructuredContent!.Value.GetProperty("remote_url").ValueKind);
        Assert.DoesNotContain("Download URL", again.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_AfterATinyEdit_RendersAnew()
    {
        await using var rig = await Rig.StartAsync(FaultOptions.None, wait: TimeSpan.FromMinutes(2));
        await rig.AnimateAsync();
        await rig.Mcp.Client.CallAsync("export").WaitAsync(Deadline.Default);
        var edit = await rig.Mcp.Client.CallAsync("generate_or_edit", new { instruction = "add the title 'A'" }).WaitAsync(Deadline.Default);
        Assert.True(edit.IsError != true, edit.Text());

        var again = await rig.Mcp.Client.CallAsync("export").WaitAsync(Deadline.Default);

        Assert.Equal("exported", again.Field("status"));
        Assert.False(again.StructuredContent!.Value.GetProperty("reused").GetBoolean());
        Assert.Equal(2, rig.Renders.Count);
    }

    [Fact]
    public async Task Export_ClientCancelsTheCall_CancelsTheRender()
    {
        await using var rig = await Rig.StartAsync(new FaultOptions { SlowRenderBy = TimeSpan.FromMinutes(10) }, wait: TimeSpan.FromMinutes(2));
        await rig.AnimateAsync();
        using var giveUp = new CancellationTokenSource();
        var export = rig.Mcp.Client.CallToolAsync("export", cancellationToken: giveUp.Token).AsTask();
        // Cancelled once the render is under way, however long a busy machine takes to start it.
        await Deadline.PollAsync(() => rig.Renders, renders => renders.Count == 1, TimeSpan.FromMilliseconds(50), "the render to start");
        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => export);

        var ended = await Deadline.PollAsync(() => rig.Renders, renders => renders.Count == 1 && renders[0].Status == RenderStatus.Cancelled,
            TimeSpan.FromMilliseconds(50), "the render to be cancelled after the client cancelled the export");
        Assert.Single(ended);
    }

    [Fact]
    public async Task Export_TwoCallsAtOnce_OneRenderAndBothGetTheMp4()
    {
        await using var rig = await Rig.StartAsync(new FaultOptions { SlowRenderBy = TimeSpan.FromSeconds(2) }, wait: TimeSpan.FromMinutes(2));
        await rig.AnimateAsync();

        var both = await Task.WhenAll(
            rig.Mcp.Client.CallAsync("export").WaitAsync(Deadline.Default),
            rig.Mcp.Client.CallAsync("export").WaitAsync(Deadline.Default));

        Assert.All(both, result => Assert.Equal("exported", result.Field("status")));
        Assert.Equal(both[0].Field("render_id"), both[1].Field("render_id"));
        Assert.Single(rig.Renders);
    }

    [Fact]
    public async Task Export_OneOfTwoWaitingCallsCancels_TheRenderGoesOnForTheOther()
    {
        await using var rig = await Rig.StartAsync(new FaultOptions { SlowRenderBy = TimeSpan.FromSeconds(3) }, wait: TimeSpan.FromMinutes(2));
        await rig.AnimateAsync();
        using var giveUp = new CancellationTokenSource();
        var leaving = rig.Mcp.Client.CallToolAsync("export", cancellationToken: giveUp.Token).AsTask();
        await Deadline.PollAsync(() => rig.Renders, renders => renders.Count == 1, TimeSpan.FromMilliseconds(50), "the render to start");
        var staying = rig.Mcp.Client.CallAsync("export").WaitAsync(Deadline.Default);
        await Task.Delay(200);

        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);
        var result = await staying;

        Assert.Equal("exported", result.Field("status"));
        Assert.Equal(RenderStatus.Completed, Assert.Single(rig.Renders).Status);
    }

    [Fact]
    public async Task Export_RenderLeftRunningFails_TheNextExportIsToldOnceThenRendersAnew()
    {
        await using var rig = await Rig.StartAsync(new FaultOptions { SlowRenderBy = TimeSpan.FromSeconds(1), FailFirstRenders = 2 }, wait: TimeSpan.FromMilliseconds(300));
        await rig.AnimateAsync();
        var first = await rig.Mcp.Client.CallAsync("export").WaitAsync(Deadline.Default);
        Assert.Equal("rendering", first.Field("status"));
        await Deadline.PollAsync(() => rig.Renders, renders => renders.Count == 2 && renders.All(r => r.Status == RenderStatus.Failed),
            TimeSpan.FromMilliseconds(50), "both attempts of the render to fail");
        // Its failure is recorded when the job ends, just after the queue says so.
        var jobs = rig.Mcp.Services.GetRequiredService<ExportJobs>();
        await Deadline.PollAsync(() => jobs.Running, running => running == 0, TimeSpan.FromMilliseconds(20), "the failed job to end");

        var told = await rig.Mcp.Client.CallAsync("export").WaitAsync(Deadline.Default);
        var anew = await rig.CollectAsync();

        told.AssertPlainError("RenderFailed", "The render left running by the last export failed");
        Assert.Equal("exported", anew.Field("status"));
        Assert.Equal(3, rig.Renders.Count);
    }

    [Fact]
    public async Task Export_Delivered_LinksTheMp4AsAResourceWithItsTypeAndSize()
    {
        await using var rig = await Rig.StartAsync(FaultOptions.None, wait: TimeSpan.FromMinutes(2));
        await rig.AnimateAsync();

        var export = await rig.Mcp.Client.CallAsync("export").WaitAsync(Deadline.Default);

        var link = Assert.Single(export.Content.OfType<ResourceLinkBlock>());
        Assert.Equal(new Uri(export.Field("path")).AbsoluteUri, link.Uri);
        Assert.Equal("video/mp4", link.MimeType);
        Assert.Equal(new FileInfo(export.Field("path")).Length, link.Size);
        Assert.Single(export.Content.OfType<ImageContentBlock>());
    }

    [Fact]
    public async Task Export_ClientExposesRoots_SavesIntoAJanitorVideoFolderOfTheFirstRoot()
    {
        using var workspace = new TempFolder();
        var handlers = new McpClientHandlers
        {
#pragma warning disable MCP9005 // Roots are deprecated in the 2026 revision, but hosts still expose them.
            RootsHandler = (_, _) => ValueTask.FromResult(new ListRootsResult { Roots = [new Root { Uri = new Uri(workspace.Path + "/").AbsoluteUri, Name = "workspace" }] }),
#pragma warning restore MCP9005
        };
        await using var rig = await Rig.StartAsync(FaultOptions.None, wait: TimeSpan.FromMinutes(2), handlers: handlers);
        // With roots, the roots are where the client's files may be: the picture is in the workspace.
        await rig.AnimateAsync(artFolder: workspace.Path);

        var export = await rig.Mcp.Client.CallAsync("export").WaitAsync(Deadline.Default);

        Assert.Equal(Path.Combine(workspace.Path, "janitor-video"), Path.GetDirectoryName(export.Field("path")));
        Assert.True(File.Exists(export.Field("path")));
    }

    /// <summary>The server's real composition over an in-process studio (with faults), its tool wait shortened.</summary>
    private sealed class Rig : IAsyncDisposable
    {
        private readonly TempFolder? _ownFolder;

        private Rig(TempFolder folder, TempFolder? ownFolder, StudioEngine engine, InProcessMcp mcp)
        {
            Folder = folder;
            _ownFolder = ownFolder;
            Engine = engine;
            Mcp = mcp;
        }

        public TempFolder Folder { get; }

        public StudioEngine Engine { get; }

        public InProcessMcp Mcp { get; }

        public string SessionId { get; private set; } = "";

        public IReadOnlyList<Studio.Store.RenderRecord> Renders => Engine.Store.Renders(SessionId);

        public static async Task<Rig> StartAsync(FaultOptions faults, TimeSpan wait, TempFolder? shared = null, McpClientHandlers? handlers = null)
        {
            var own = shared is null ? new TempFolder() : null;
            var folder = shared ?? own!;
            var engine = StudioEngine.Start(new StudioOptions { Folder = folder.Combine("studio"), RenderWorkers = 1 }, faults: faults);
            var mcp = await InProcessMcp.StartAsync(Settings.For(folder), handlers, new StudioBackend(engine),
                services => services.AddSingleton(new ExportOptions { ToolWait = wait }));
            return new Rig(folder, own, engine, mcp);
        }

        /// <summary>Uploads a small character and animates it (1 s, 720p), so there is a clip to export.</summary>
        public async Task AnimateAsync(string? artFolder = null)
        {
            var art = TestArt.Save(TestArt.Character(240, 360), Path.Combine(artFolder ?? Folder.Path, "hero.png"), SKEncodedImageFormat.Png);
            var upload = await Mcp.Client.CallAsync("upload", new { files = new[] { art } }).WaitAsync(Deadline.Default);
            SessionId = upload.Field("session_id");
            var animate = await Mcp.Client.CallAsync("generate_or_edit", new { instruction = Animate }).WaitAsync(Deadline.Default);
            Assert.True(animate.IsError != true, animate.Text());
        }

        /// <summary>The session a render belongs to (after a restart, the new server knows no current project).</summary>
        public string SessionOf(string renderId) => SessionId = Engine.Store.FindRender(Engine.LocalUser().UserId, renderId)!.SessionId;

        /// <summary>Calls export until it delivers (each call waits the short tool wait), within the deadline.</summary>
        public Task<CallToolResult> CollectAsync(string? sessionId = null) =>
            Deadline.PollAsync(
                token => Mcp.Client.CallToolAsync("export", sessionId is null ? null : new Dictionary<string, object?> { ["session_id"] = sessionId }, cancellationToken: token).AsTask(),
                result => result.IsError == true || result.Field("status") == "exported",
                TimeSpan.FromMilliseconds(100), "export to deliver the MP4");

        public async ValueTask DisposeAsync()
        {
            await Mcp.DisposeAsync();
            await Engine.DisposeAsync();
            _ownFolder?.Dispose();
        }
    }
}
