using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Drafts;
using JanitorVideo.Studio.Store;

namespace JanitorVideo.Studio.Tests.Store;

public sealed class StoreRestartTests
{
    [Fact]
    public void Reopen_AfterDispose_KeepsEverything()
    {
        using var folder = new StoreFolder();
        var store = folder.Store;
        var local = store.LocalUser();
        var issued = store.IssueToken("client-1", TimeSpan.FromDays(7), 100);
        var session = store.CreateSession(issued.User.UserId, "zh");
        store.SaveDraft(session.SessionId, SampleDrafts.Numbered(1), "one");
        store.SaveDraft(session.SessionId, Draft.Parse(SampleDrafts.WithUnknownKeys), "two");
        store.Undo(session.SessionId);
        var media = store.AddMedia(new MediaRecord(
            "m_00000000aa", session.SessionId, "image", "druid.png", "png", "media/aa.png", "aa", 2048, 1024, 1536, null, null, 1, "media/aa.jpg", folder.Clock.GetUtcNow()));
        var render = StoreRenderTests.Render(issued.User, session, "render_1", 1);
        store.TryAddRender(render);
        store.UpdateRender(issued.User.UserId, "render_1", RenderStatus.Processing, 45);
        store.TryReserve(issued.User.UserId, 40, "render_1");

        var reopened = folder.Reopen();

        Assert.Equal(local, reopened.LocalUser());
        Assert.Equal(issued.User, reopened.FindUserByToken(issued.Token));
        Assert.Equal([session], reopened.Sessions(issued.User.UserId));
        Assert.Equal(1, reopened.CurrentDraft(session.SessionId).Version);
        Assert.Equal(SampleDrafts.WithUnknownKeys, reopened.Redo(session.SessionId)?.Draft.ToJson());
        Assert.Equal(media, reopened.FindMedia(media.MediaId));
        var unfinished = Assert.Single(reopened.UnfinishedRenders());
        StoreRenderTests.AssertSame(render with { Status = RenderStatus.Processing, Progress = 45 }, unfinished);
        Assert.Equal(new LedgerBalance(60, 40), reopened.Balance(issued.User.UserId));
        reopened.Settle("render_1");
        Assert.Equal(new LedgerBalance(60, 0), reopened.Balance(issued.User.UserId));
    }
}
