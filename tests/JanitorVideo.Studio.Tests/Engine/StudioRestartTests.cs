using JanitorVideo.Core.Backend;
using JanitorVideo.Studio.Engine;
using JanitorVideo.TestSupport;
using Xunit;

namespace JanitorVideo.Studio.Tests.Engine;

/// <summary>A studio stopped mid-render loses nothing: the render runs again and completes, drafts and media are as they were, and its scratch is gone.</summary>
public sealed class StudioRestartTests
{
    [Fact]
    public async Task Restart_WhileRendering_RequeuesTheRenderAndKeepsDraftsAndMedia()
    {
        var faults = new FaultOptions { SlowRenderBy = TimeSpan.FromSeconds(1) };
        await using var studio = StudioFixture.Start(faults: faults);
        var user = studio.Engine.LocalUser();
        var session = await studio.ProjectAsync(user);
        await studio.SayAsync(user, session.SessionId, "animate this with falling petals, 1 second, 720p");
        var draft = studio.Engine.Store.CurrentDraft(session.SessionId);
        var media = studio.Engine.Store.Media(session.SessionId);
        studio.Engine.StartRender(user, "render_restart_1", session.SessionId, draft.Draft, "standard");
        await Deadline.PollAsync(() => studio.Engine.Render(user, "render_restart_1").Status, status => status != RenderStatus.Pending,
            TimeSpan.FromMilliseconds(20), "the render to start");

        // What a killed process leaves: an encoder's temp file and a batch's shot folder.
        var scratchFile = studio.Engine.Store.Resolve("renders/render_restart_1.mp4.0a1b2c3d.tmp.mp4");
        var scratchShots = studio.Engine.Store.Resolve("renders/render_restart_1.mp4.0a1b2c3d4e5f.shots");
        await File.WriteAllBytesAsync(scratchFile, new byte[16]);
        Directory.CreateDirectory(scratchShots);

        await studio.RestartAsync();
        var user2 = studio.Engine.LocalUser();
        var job = await studio.WaitAsync(user2, "render_restart_1");

        Assert.Equal(RenderStatus.Completed, job.Status);
        Assert.False(File.Exists(scratchFile) || Directory.Exists(scratchShots), "scratch left by the stopped render is removed");
        Assert.True(File.Exists(studio.Engine.OutputFile(user2, "render_restart_1")));
        Assert.Equal(draft.Draft.ToJson(), studio.Engine.Store.CurrentDraft(session.SessionId).Draft.ToJson());
        Assert.Equal(media.Select(m => m.Hash), studio.Engine.Store.Media(session.SessionId).Select(m => m.Hash));
        Assert.All(studio.Engine.Store.Media(session.SessionId), m => Assert.True(File.Exists(studio.Engine.Store.Resolve(m.StoredPath))));
    }
}
