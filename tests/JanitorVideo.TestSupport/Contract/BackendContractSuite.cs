using System.Text;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Errors;
using JanitorVideo.Render.Ffmpeg;
using SkiaSharp;
using Xunit;

namespace JanitorVideo.TestSupport.Contract;

/// <summary>
/// What every <see cref="IVideoBackend"/> must do, as a user of the tools would see it. Each backend
/// runs this suite through a subclass that says how to make one (the studio in-process here; the
/// cloud client against a studio over HTTP in its own project). It lives in the shared test support
/// so a backend's test project needs no other test project to run it.
/// </summary>
public abstract class BackendContractSuite : IAsyncLifetime
{
    private readonly TempFolder files = new();

    /// <summary>The backend under test, made fresh for each test.</summary>
    protected IVideoBackend Backend { get; private set; } = null!;

    /// <summary>A fresh backend with no sessions, working in <paramref name="folder"/>.</summary>
    protected abstract Task<IVideoBackend> CreateBackendAsync(string folder);

    /// <summary>Stops the backend made by <see cref="CreateBackendAsync"/>.</summary>
    protected abstract Task DisposeBackendAsync();

    /// <inheritdoc />
    public async Task InitializeAsync() => Backend = await CreateBackendAsync(files.Combine("backend"));

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await DisposeBackendAsync();
        files.Dispose();
    }

    [Fact]
    public async Task CreateSession_NewProject_HasAnEmptyTimelineNotReadyForExport()
    {
        var session = await Backend.CreateSessionAsync("en");

        var state = await Backend.GetStateAsync(session.SessionId);

        Assert.False(string.IsNullOrEmpty(session.SessionId));
        Assert.Equal(session.SessionId, state.SessionId);
        Assert.False(state.Draft.IsReadyForExport);
    }

    [Fact]
    public async Task EnsureSession_UnknownId_StartsAFreshProject()
    {
        var session = await Backend.EnsureSessionAsync("s_0000000000000000", "en");

        Assert.NotEqual("s_0000000000000000", session.SessionId);
        Assert.False((await Backend.GetStateAsync(session.SessionId)).Draft.IsReadyForExport);
    }

    [Fact]
    public async Task EnsureSession_KnownId_KeepsTheProject()
    {
        var session = await Backend.CreateSessionAsync("en");

        var again = await Backend.EnsureSessionAsync(session.SessionId, "en");

        Assert.Equal(session.SessionId, again.SessionId);
    }

    [Fact]
    public async Task Upload_Png_ReportsItsSizeAndTypeAndTheSameBytesTwiceGiveOneHash()
    {
        var session = await Backend.CreateSessionAsync("en");
        var png = Character("hero.png");

        var first = await Backend.UploadAsync(session.SessionId, [new UploadSource.LocalFile(png)]);
        var second = await Backend.UploadAsync(session.SessionId, [new UploadSource.LocalFile(png)]);

        var file = Assert.Single(first.Files);
        Assert.Equal("image", file.FileType);
        Assert.Equal((240, 360), (file.Width, file.Height));
        Assert.False(string.IsNullOrEmpty(file.Hash));
        Assert.Equal(file.Hash, Assert.Single(second.Files).Hash);
    }

    [Fact]
    public async Task Upload_TextFileNamedPng_IsRefusedAsUnsupportedAndNamesTheFormats()
    {
        var session = await Backend.CreateSessionAsync("en");
        var fake = files.Combine("notes.png");
        await File.WriteAllTextAsync(fake, "these are notes, not a picture");

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => Backend.UploadAsync(session.SessionId, [new UploadSource.LocalFile(fake)]));

        Assert.Equal(ErrorKind.UnsupportedFileType, error.Kind);
        Assert.Contains("png", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SendMessage_AnimateAfterUpload_RepliesInWordsAndPutsTheClipOnTheTimeline()
    {
        var session = await UploadedProjectAsync();

        var (text, events) = await SayAsync(session, "animate this character with falling petals, 2 seconds, 720p");

        Assert.Contains(events, e => e is AgentEvent.Text);
        Assert.DoesNotContain("click", text, StringComparison.OrdinalIgnoreCase);
        var draft = (await Backend.GetStateAsync(session)).Draft;
        Assert.True(draft.IsReadyForExport);
        Assert.Equal(2000, draft.DurationMs);
    }

    [Fact]
    public async Task SendMessage_UnknownSession_FailsAsSessionNotFound()
    {
        var error = await Assert.ThrowsAsync<VideoBackendException>(() => SayAsync("s_ffffffffffffffff", "animate this"));

        Assert.Equal(ErrorKind.SessionNotFound, error.Kind);
    }

    [Fact]
    public async Task SendMessage_Undo_PutsTheTimelineBack()
    {
        var session = await UploadedProjectAsync();
        await SayAsync(session, "animate this, 2 seconds");
        var before = (await Backend.GetStateAsync(session)).Draft.ToJson();
        await SayAsync(session, "add the title 'The Druid'");
        Assert.NotEqual(before, (await Backend.GetStateAsync(session)).Draft.ToJson());

        await SayAsync(session, "undo");

        Assert.Equal(before, (await Backend.GetStateAsync(session)).Draft.ToJson());
    }

    [Fact]
    public async Task GetCredits_Always_TotalIsAvailablePlusFrozen()
    {
        var credits = await Backend.GetCreditsAsync();

        Assert.True(credits.Available >= 0 && credits.Frozen >= 0);
        Assert.Equal(credits.Available + credits.Frozen, credits.Total);
    }

    [Fact]
    public async Task Render_ReadyDraft_CompletesAndDownloadsAPlayableMp4OfTheDraftsSize()
    {
        var session = await UploadedProjectAsync();
        await SayAsync(session, "animate this with a slow push-in, 1 second, 720p");
        var draft = (await Backend.GetStateAsync(session)).Draft;

        var job = await RenderToEndAsync(new RenderRequest(NewRenderId(), session, draft));
        var mp4 = files.Combine("out.mp4");
        await using (var output = File.Create(mp4))
        {
            await Backend.DownloadAsync(job, output);
        }

        Assert.Equal(RenderStatus.Completed, job.Status);
        Assert.Equal(100, job.Progress);
        Assert.NotNull(job.OutputUrl);
        var probe = await Ffprobe.ProbeAsync(mp4, FfmpegTools.Locate());
        Assert.Equal(("h264", 720, 1280), (probe.VideoCodec, probe.Width, probe.Height));
        Assert.InRange(probe.DurationSeconds, 0.9, 1.2);
    }

    [Fact]
    public async Task StartRender_SameIdTwice_IsRefused()
    {
        var session = await UploadedProjectAsync();
        await SayAsync(session, "animate this, 1 second, 720p");
        var draft = (await Backend.GetStateAsync(session)).Draft;
        var id = NewRenderId();
        await Backend.StartRenderAsync(new RenderRequest(id, session, draft));

        await Assert.ThrowsAsync<VideoBackendException>(() => Backend.StartRenderAsync(new RenderRequest(id, session, draft)));
    }

    [Fact]
    public async Task StartRender_EmptyTimeline_IsRefusedAsNothingToExport()
    {
        var session = await Backend.CreateSessionAsync("en");
        var draft = (await Backend.GetStateAsync(session.SessionId)).Draft;

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => Backend.StartRenderAsync(new RenderRequest(NewRenderId(), session.SessionId, draft)));

        Assert.Equal(ErrorKind.NothingToExport, error.Kind);
    }

    [Fact]
    public async Task CancelRender_Started_EndsCancelledWithoutAVideo()
    {
        var session = await UploadedProjectAsync();
        await SayAsync(session, "animate this, 20 seconds");
        var draft = (await Backend.GetStateAsync(session)).Draft;
        var id = NewRenderId();
        await Backend.StartRenderAsync(new RenderRequest(id, session, draft));

        await Backend.CancelRenderAsync(id);
        var job = await WaitAsync(id);

        Assert.Equal(RenderStatus.Cancelled, job.Status);
        Assert.Null(job.OutputUrl);
    }

    [Fact]
    public async Task GetRender_UnknownId_FailsAsNotFound()
    {
        var error = await Assert.ThrowsAsync<VideoBackendException>(() => Backend.GetRenderAsync("render_unknown"));

        Assert.Equal(ErrorKind.NotFound, error.Kind);
    }

    /// <summary>A drawn character saved as a PNG named <paramref name="name"/>; returns its path.</summary>
    protected string Character(string name)
    {
        using var bitmap = TestArt.Character(240, 360);
        return TestArt.Save(bitmap, files.Combine(name), SKEncodedImageFormat.Png);
    }

    /// <summary>A new project with one character uploaded; returns its session id.</summary>
    protected async Task<string> UploadedProjectAsync()
    {
        var session = await Backend.CreateSessionAsync("en");
        await Backend.UploadAsync(session.SessionId, [new UploadSource.LocalFile(Character("druid.png"))]);
        return session.SessionId;
    }

    /// <summary>Sends <paramref name="words"/> to the agent; returns its joined text and every event.</summary>
    protected async Task<(string Text, List<AgentEvent> Events)> SayAsync(string session, string words)
    {
        var events = new List<AgentEvent>();
        var text = new StringBuilder();
        await foreach (var item in Backend.SendMessageAsync(session, words))
        {
            events.Add(item);
            if (item is AgentEvent.Text said)
            {
                text.Append(said.Content);
            }
        }

        return (text.ToString(), events);
    }

    /// <summary>Starts the render and waits until it ends.</summary>
    protected async Task<RenderJob> RenderToEndAsync(RenderRequest request)
    {
        await Backend.StartRenderAsync(request);
        return await WaitAsync(request.RenderId);
    }

    /// <summary>Polls the render until it ends; fails the test if it has not ended within 3 minutes.</summary>
    protected Task<RenderJob> WaitAsync(string renderId) =>
        Deadline.PollAsync(token => Backend.GetRenderAsync(renderId, token), job => job.IsFinished, Backend.RenderPollInterval,
            $"render {renderId} to end", TimeSpan.FromMinutes(3));

    /// <summary>A render id in the reference's shape.</summary>
    protected static string NewRenderId() => RenderRequest.NewId(DateTimeOffset.UtcNow);
}
