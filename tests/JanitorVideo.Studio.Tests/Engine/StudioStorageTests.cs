using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Errors;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Store;
using JanitorVideo.Studio.Tests.Store;
using JanitorVideo.TestSupport;
using Xunit;

namespace JanitorVideo.Studio.Tests.Engine;

/// <summary>
/// What the studio keeps for each user of its API: projects and bytes up to a share, refused past it
/// in plain words; idle projects swept away with their files; the machine's own user never counted.
/// </summary>
public sealed class StudioStorageTests
{
    [Fact]
    public async Task Sweep_ApiProjectIdlePastTheKeep_GoesWithItsClipThenItsOwnUploadsWhileSharedBytesAndOtherProjectsStay()
    {
        // Near the real time: files nothing refers to are judged by their write time.
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var studio = StudioFixture.Start(time: clock);
        var engine = studio.Engine;
        var idle = engine.IssueAnonymousToken("client-idle").User;
        var active = engine.IssueAnonymousToken("client-active").User;
        var local = engine.LocalUser();
        var idleProject = engine.CreateSession(idle, "en");
        var uploads = await engine.UploadAsync(idle, idleProject.SessionId,
            [new UploadSource.LocalFile(studio.Character("only-mine.png", width: 250)), new UploadSource.LocalFile(studio.Character("shared.png"))]);
        var (onlyMine, shared) = (engine.Store.Resolve(uploads[0].StoredPath), engine.Store.Resolve(uploads[1].StoredPath));
        await studio.SayAsync(idle, idleProject.SessionId, "animate this character with a slow push-in, 1 second, 720p");
        engine.StartRender(idle, "render_idle", idleProject.SessionId, engine.Store.CurrentDraft(idleProject.SessionId).Draft, "standard");
        Assert.Equal(RenderStatus.Completed, (await studio.WaitAsync(idle, "render_idle")).Status);
        var clip = engine.OutputFile(idle, "render_idle");
        var localProject = await studio.ProjectAsync(local);
        clock.Advance(TimeSpan.FromDays(31));
        var activeProject = await studio.ProjectAsync(active);

        var first = engine.Storage.Sweep();

        Assert.Equal(1, first.Projects);
        Assert.False(File.Exists(clip), "the idle project's clip is removed with it");
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.GetDirectoryName(clip)!), path => path.Contains("render_idle", StringComparison.Ordinal));
        Assert.Equal(ErrorKind.SessionNotFound, Assert.Throws<VideoBackendException>(() => engine.Session(idle, idleProject.SessionId)).Kind);
        Assert.Equal(ErrorKind.NotFound, Assert.Throws<VideoBackendException>(() => engine.Render(idle, "render_idle")).Kind);
        Assert.Equal(localProject.SessionId, engine.Session(local, localProject.SessionId).SessionId);
        Assert.Equal(activeProject.SessionId, engine.Session(active, activeProject.SessionId).SessionId);
        Assert.Equal(0, engine.Store.StoredBytes(idle.UserId));

        clock.Advance(TimeSpan.FromHours(2));
        engine.Storage.Sweep();

        Assert.False(File.Exists(onlyMine), "bytes no project uses any more go at the next sweep");
        Assert.True(File.Exists(shared), "bytes other projects use stay");
        Assert.All(engine.Store.Media(activeProject.SessionId), media => Assert.True(File.Exists(engine.Store.Resolve(media.StoredPath))));
        Assert.All(engine.Store.Media(localProject.SessionId), media => Assert.True(File.Exists(engine.Store.Resolve(media.StoredPath))));
    }

    [Fact]
    public async Task Sweep_ProjectOnlyReadLately_IsKeptThoughItsEditsAreOld()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var studio = StudioFixture.Start(time: clock);
        var engine = studio.Engine;
        var user = engine.IssueAnonymousToken("client-reader").User;
        var project = await studio.ProjectAsync(user);
        clock.Advance(TimeSpan.FromDays(31));

        engine.State(user, project.SessionId, _ => null, _ => null);
        var swept = engine.Storage.Sweep();

        Assert.Equal(0, swept.Projects);
        Assert.Equal(project.SessionId, engine.Session(user, project.SessionId).SessionId);
    }

    [Fact]
    public async Task Sweep_IdleProjectWithARenderWaiting_IsKept()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var studio = StudioFixture.Start(faults: new FaultOptions { SlowRenderBy = TimeSpan.FromMinutes(10) }, time: clock);
        var engine = studio.Engine;
        var user = engine.IssueAnonymousToken("client-busy").User;
        var project = await studio.ProjectAsync(user);
        await studio.SayAsync(user, project.SessionId, "animate this character, 1 second, 720p");
        engine.StartRender(user, "render_busy", project.SessionId, engine.Store.CurrentDraft(project.SessionId).Draft, "standard");
        clock.Advance(TimeSpan.FromDays(31));

        var swept = engine.Storage.Sweep();

        Assert.Equal(0, swept.Projects);
        Assert.Equal(project.SessionId, engine.Session(user, project.SessionId).SessionId);
        engine.CancelRender(user, "render_busy");
    }

    [Fact]
    public async Task CreateSession_PastTheProjectsKeptForOneUser_IsRefusedInPlainWordsWhileTheMachinesOwnUserIsNot()
    {
        await using var studio = StudioFixture.Start(new StudioOptions { Folder = "unused", RenderWorkers = 1, StorageLimits = new StorageLimits { MaxProjectsPerUser = 2 } });
        var engine = studio.Engine;
        var user = engine.IssueAnonymousToken("client-many").User;
        engine.CreateSession(user, "en");
        engine.CreateSession(user, "en");

        var refused = Assert.Throws<VideoBackendException>(() => engine.CreateSession(user, "en"));

        Assert.Equal(ErrorKind.QuotaExceeded, refused.Kind);
        Assert.Contains("You have 2 projects on this studio", refused.Message, StringComparison.Ordinal);
        Assert.Contains("untouched for 30 days are removed", refused.Message, StringComparison.Ordinal);
        Assert.Equal(2, engine.Store.CountSessions(user.UserId));
        var local = engine.LocalUser();
        Assert.All(Enumerable.Range(0, 3), _ => engine.CreateSession(local, "en"));
    }

    [Fact]
    public async Task UploadAndRender_PastTheBytesKeptForOneUser_AreRefusedAndStoreNothing()
    {
        await using var studio = StudioFixture.Start(new StudioOptions { Folder = "unused", RenderWorkers = 1, StorageLimits = new StorageLimits { MaxBytesPerUser = 1000 } });
        var engine = studio.Engine;
        var user = engine.IssueAnonymousToken("client-full").User;
        var project = await studio.ProjectAsync(user);
        await studio.SayAsync(user, project.SessionId, "animate this character, 1 second, 720p");

        var upload = await Assert.ThrowsAsync<VideoBackendException>(() =>
            engine.UploadAsync(user, project.SessionId, [new UploadSource.LocalFile(studio.Character("more.png", width: 260))]));
        var render = Assert.Throws<VideoBackendException>(() =>
            engine.StartRender(user, "render_full", project.SessionId, engine.Store.CurrentDraft(project.SessionId).Draft, "standard"));

        Assert.Equal(ErrorKind.QuotaExceeded, upload.Kind);
        Assert.Contains("Your projects on this studio hold", upload.Message, StringComparison.Ordinal);
        Assert.Contains("This file was not stored", upload.Message, StringComparison.Ordinal);
        Assert.Contains("The render was not started", render.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorKind.QuotaExceeded, render.Kind);
        Assert.Single(engine.Store.Media(project.SessionId));
        Assert.Empty(engine.Store.Renders(project.SessionId));
        var local = engine.LocalUser();
        var mine = await studio.ProjectAsync(local);
        Assert.Single(engine.Store.Media(mine.SessionId));
    }

    [Fact]
    public async Task Upload_DiskBelowItsFloor_IsRefusedForEveryUserSayingWhy()
    {
        await using var studio = StudioFixture.Start(new StudioOptions { Folder = "unused", RenderWorkers = 1, StorageLimits = new StorageLimits { MinFreeDiskBytes = long.MaxValue } });
        var engine = studio.Engine;
        var local = engine.LocalUser();
        var project = engine.CreateSession(local, "en");

        var refused = await Assert.ThrowsAsync<VideoBackendException>(() =>
            engine.UploadAsync(local, project.SessionId, [new UploadSource.LocalFile(studio.Character())]));

        Assert.Equal(ErrorKind.QuotaExceeded, refused.Kind);
        Assert.Contains("disk is nearly full", refused.Message, StringComparison.Ordinal);
        Assert.Empty(engine.Store.Media(project.SessionId));
    }

    [Fact]
    public async Task RenderQueue_NewcomersKeepArriving_AUserWhoWaitedLongerIsNotPassedForEver()
    {
        await using var studio = StudioFixture.Start(faults: new FaultOptions { SlowRenderBy = TimeSpan.FromMilliseconds(500) });
        var engine = studio.Engine;
        var waiting = engine.IssueAnonymousToken("client-waiting").User;
        var ready = new List<(StudioUser User, string Id, string SessionId, Core.Drafts.Draft Draft)>();
        // The returning user has two renders; a newcomer and then, once the first has started, another newcomer arrive.
        foreach (var (user, id) in new[] { (waiting, "render_w1"), (waiting, "render_w2"), (engine.IssueAnonymousToken("client-new-1").User, "render_n1"),
                     (engine.IssueAnonymousToken("client-new-2").User, "render_n2") })
        {
            var project = await studio.ProjectAsync(user);
            await studio.SayAsync(user, project.SessionId, "animate this character, 1 second, 720p");
            ready.Add((user, id, project.SessionId, engine.Store.CurrentDraft(project.SessionId).Draft));
        }

        foreach (var job in ready.Take(3))
        {
            engine.StartRender(job.User, job.Id, job.SessionId, job.Draft, "standard");
        }

        // The second newcomer comes once the newcomer before it has started.
        await Deadline.PollAsync(() => engine.Render(ready[2].User, "render_n1").Status, status => status != RenderStatus.Pending,
            TimeSpan.FromMilliseconds(20), "the first newcomer's render to start", TimeSpan.FromMinutes(4));
        engine.StartRender(ready[3].User, ready[3].Id, ready[3].SessionId, ready[3].Draft, "standard");
        var finished = new List<(string Id, DateTimeOffset At)>();
        foreach (var job in ready)
        {
            var done = await studio.WaitAsync(job.User, job.Id);
            Assert.Equal(RenderStatus.Completed, done.Status);
            finished.Add((job.Id, done.CompletedAt!.Value));
        }

        // The later newcomer waits for the user who was there before it.
        Assert.Equal(["render_w1", "render_n1", "render_w2", "render_n2"], finished.OrderBy(f => f.At).Select(f => f.Id));
    }

    [Fact]
    public async Task RenderQueue_OneUsersJobsWaiting_AnotherUsersLaterJobRunsBeforeTheirSecond()
    {
        await using var studio = StudioFixture.Start(faults: new FaultOptions { SlowRenderBy = TimeSpan.FromMilliseconds(500) });
        var engine = studio.Engine;
        var busy = engine.IssueAnonymousToken("client-busy").User;
        var other = engine.IssueAnonymousToken("client-other").User;
        // Three projects, so the per-project turn does not hold the busy user's jobs back on its own.
        var jobs = new List<(StudioUser User, string Id, string SessionId, Core.Drafts.Draft Draft)>();
        foreach (var (user, id) in new[] { (busy, "render_b1"), (busy, "render_b2"), (busy, "render_b3"), (other, "render_o1") })
        {
            var project = await studio.ProjectAsync(user);
            await studio.SayAsync(user, project.SessionId, "animate this character, 1 second, 720p");
            jobs.Add((user, id, project.SessionId, engine.Store.CurrentDraft(project.SessionId).Draft));
        }

        foreach (var job in jobs)
        {
            engine.StartRender(job.User, job.Id, job.SessionId, job.Draft, "standard");
        }

        var finished = new List<(string Id, DateTimeOffset At)>();
        foreach (var (user, id) in new[] { (busy, "render_b1"), (busy, "render_b2"), (busy, "render_b3"), (other, "render_o1") })
        {
            var job = await studio.WaitAsync(user, id);
            Assert.Equal(RenderStatus.Completed, job.Status);
            finished.Add((id, job.CompletedAt!.Value));
        }

        Assert.Equal(["render_b1", "render_o1", "render_b2", "render_b3"], finished.OrderBy(f => f.At).Select(f => f.Id));
    }
}
