using JanitorVideo.Server.Export;
using JanitorVideo.Server.Skill;
using JanitorVideo.Server.Tests.Support;
using JanitorVideo.Studio.Engine;
using JanitorVideo.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace JanitorVideo.Server.Tests.Skill;

/// <summary>
/// generate_or_edit as an agent host can wait for it: a turn that outlives the tool's wait is
/// answered as still working, and the same words again collect its reply; the words go out once.
/// The cloud client against a loopback studio whose agent works (heartbeats only) for a while.
/// </summary>
public sealed class TurnWaitTests
{
    private const string Animate = "animate this character with a slow push-in, 1 second, 720p";

    [Fact]
    public async Task SlowTurn_AnsweredAsWorking_TheSameWordsCollectTheReply_SentOnce()
    {
        await using var rig = await Rig.StartAsync(TimeSpan.FromSeconds(3));

        var first = await rig.Mcp.Client.CallAsync("generate_or_edit", new { instruction = Animate }).WaitAsync(Deadline.Default);

        Assert.True(first.IsError != true, first.Text());
        Assert.Equal("working", first.Field("status"));
        Assert.StartsWith($"Still working on \"{Animate}\" in project {rig.SessionId}", first.Text(), StringComparison.Ordinal);
        Assert.Equal(1, rig.Turns.Running);

        var collected = await Deadline.PollAsync(
            _ => rig.Mcp.Client.CallAsync("generate_or_edit", new { instruction = Animate }),
            result => result.Field("status") == "done", TimeSpan.FromMilliseconds(200), "the same words to collect the reply");

        Assert.True(collected.IsError != true, collected.Text());
        Assert.Contains("Video", collected.Text(), StringComparison.Ordinal);
        Assert.Single(rig.Studio.To("POST", "run_sse"));
        Assert.True(await rig.ReadyForExportAsync());
    }

    [Fact]
    public async Task SlowTurn_OtherWordsMeanwhile_NotSentUntilItIsDone()
    {
        await using var rig = await Rig.StartAsync(TimeSpan.FromSeconds(4));
        await rig.Mcp.Client.CallAsync("generate_or_edit", new { instruction = Animate }).WaitAsync(Deadline.Default);

        var other = await rig.Mcp.Client.CallAsync("generate_or_edit", new { instruction = "add the title 'The Druid' for 2 seconds" }).WaitAsync(Deadline.Default);

        Assert.True(other.IsError != true, other.Text());
        Assert.Equal("working", other.Field("status"));
        Assert.StartsWith($"Not sent yet: project {rig.SessionId} is still working on \"{Animate}\"", other.Text(), StringComparison.Ordinal);
        Assert.Single(rig.Studio.To("POST", "run_sse"));
    }

    [Fact]
    public async Task SlowTurn_GetStateTellsItRunning_ThenItsReplyOnce()
    {
        await using var rig = await Rig.StartAsync(TimeSpan.FromSeconds(2));
        await rig.Mcp.Client.CallAsync("generate_or_edit", new { instruction = Animate }).WaitAsync(Deadline.Default);

        var during = await rig.Mcp.Client.CallAsync("get_state").WaitAsync(Deadline.Default);
        await Deadline.PollAsync(() => rig.Turns.Running, running => running == 0, TimeSpan.FromMilliseconds(50), "the turn to end");
        var after = await rig.Mcp.Client.CallAsync("get_state").WaitAsync(Deadline.Default);
        var later = await rig.Mcp.Client.CallAsync("get_state").WaitAsync(Deadline.Default);

        Assert.StartsWith($"Still working on \"{Animate}\"", during.Text(), StringComparison.Ordinal);
        Assert.StartsWith($"The request \"{Animate}\" finished:", after.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("finished:", later.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Still working", later.Text(), StringComparison.Ordinal);

        // Told by get_state, the same words still collect the reply rather than go out again.
        var collected = await rig.Mcp.Client.CallAsync("generate_or_edit", new { instruction = Animate }).WaitAsync(Deadline.Default);
        Assert.Equal("done", collected.Field("status"));
        Assert.StartsWith($"The request \"{Animate}\" finished:", collected.Text(), StringComparison.Ordinal);
        Assert.Single(rig.Studio.To("POST", "run_sse"));
    }

    [Fact]
    public async Task SlowTurn_ReplyAfterItsCallAnswered_IsKeptUntilACallTellsIt()
    {
        await using var rig = await Rig.StartAsync(TimeSpan.FromSeconds(2));
        await rig.Mcp.Client.CallAsync("generate_or_edit", new { instruction = Animate }).WaitAsync(Deadline.Default);
        await Deadline.PollAsync(() => rig.Turns.Running, running => running == 0, TimeSpan.FromMilliseconds(50), "the turn to end");

        var next = await rig.Mcp.Client.CallAsync("generate_or_edit", new { instruction = "undo" }).WaitAsync(Deadline.Default);
        var after = await rig.Mcp.Client.CallAsync("get_state").WaitAsync(Deadline.Default);

        Assert.Equal("working", next.Field("status")); // the undo itself is slow too
        Assert.DoesNotContain("finished:", next.Text(), StringComparison.Ordinal);
        Assert.Equal(2, rig.Studio.To("POST", "run_sse").Count);
        Assert.Contains($"The request \"{Animate}\" finished:", after.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowTurn_ClientCancels_TheTurnIsCancelled()
    {
        await using var rig = await Rig.StartAsync(TimeSpan.FromMinutes(5), toolWait: TimeSpan.FromMinutes(2));
        using var cancel = new CancellationTokenSource();
        var call = rig.Mcp.Client.CallToolAsync("generate_or_edit",
            new Dictionary<string, object?> { ["instruction"] = Animate }, cancellationToken: cancel.Token).AsTask();
        await Deadline.PollAsync(() => rig.Turns.Running, running => running == 1, TimeSpan.FromMilliseconds(20), "the turn to start");
        await Deadline.PollAsync(() => rig.Studio.To("POST", "run_sse").Count, sent => sent == 1, TimeSpan.FromMilliseconds(20), "the words to go out");

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Deadline.Default));
        await Deadline.PollAsync(() => rig.Turns.Running, running => running == 0, TimeSpan.FromMilliseconds(20), "the turn to be cancelled");
    }

    private sealed class Rig : IAsyncDisposable
    {
        private Rig(LoopbackStudio studio, TempFolder folder, InProcessMcp mcp)
        {
            Studio = studio;
            Folder = folder;
            Mcp = mcp;
        }

        public LoopbackStudio Studio { get; }

        public TempFolder Folder { get; }

        public InProcessMcp Mcp { get; }

        public TurnJobs Turns => Mcp.Services.GetRequiredService<TurnJobs>();

        public string SessionId { get; private set; } = "";

        /// <param name="working">How long the studio's agent sends only heartbeats before it does the work.</param>
        public static async Task<Rig> StartAsync(TimeSpan working, TimeSpan? toolWait = null)
        {
            var studio = await LoopbackStudio.StartAsync(new FaultOptions { HeartbeatOnlyFor = working });
            var folder = new TempFolder();
            var mcp = await InProcessMcp.StartAsync(Settings.For(folder), backend: studio.Backend(), services: services =>
                services.AddSingleton(new ExportOptions { ToolWait = toolWait ?? TimeSpan.FromSeconds(1) }));
            var rig = new Rig(studio, folder, mcp);
            var art = TestArt.Save(TestArt.Character(240, 360), Path.Combine(folder.Path, "hero.png"), SKEncodedImageFormat.Png);
            var upload = await mcp.Client.CallAsync("upload", new { files = new[] { art } }).WaitAsync(Deadline.Default);
            Assert.True(upload.IsError != true, upload.Text());
            rig.SessionId = upload.Field("session_id");
            return rig;
        }

        public async Task<bool> ReadyForExportAsync()
        {
            var state = await Mcp.Client.CallAsync("get_state").WaitAsync(Deadline.Default);
            return state.StructuredContent!.Value.GetProperty("ready_for_export").GetBoolean();
        }

        public async ValueTask DisposeAsync()
        {
            await Mcp.DisposeAsync();
            await Studio.DisposeAsync();
            Folder.Dispose();
        }
    }
}
