using JanitorVideo.Core.Drafts;
using JanitorVideo.Studio.Store;

namespace JanitorVideo.Studio.Tests.Store;

public sealed class StoreSessionTests
{
    [Fact]
    public void CreateSession_ForUser_RoundTripsWithIds()
    {
        using var folder = new StoreFolder();
        var user = folder.Store.LocalUser();

        var session = folder.Store.CreateSession(user.UserId, "zh");

        Assert.Matches("^s_[0-9a-f]{16}$", session.SessionId);
        Assert.Matches("^t_[0-9a-f]{16}$", session.TaskId);
        Assert.Equal(new SessionRecord(session.SessionId, session.TaskId, "local", "zh", folder.Clock.GetUtcNow()), session);
        Assert.Equal(session, folder.Store.FindSession(session.SessionId));
    }

    [Fact]
    public void CreateSession_New_StartsAtEmptyDraftVersionZero()
    {
        using var folder = new StoreFolder();
        var (_, session) = folder.UserWithSession();

        var current = folder.Store.CurrentDraft(session.SessionId);

        Assert.Equal(0, current.Version);
        Assert.Equal("new project", current.Cause);
        Assert.Equal("""{"t":[]}""", current.Draft.ToJson());
    }

    [Fact]
    public void FindSession_Unknown_ReturnsNull()
    {
        using var folder = new StoreFolder();

        Assert.Null(folder.Store.FindSession("s_0000000000000000"));
    }

    [Fact]
    public void Sessions_SeveralOverTime_NewestLastAndOnlyTheUsers()
    {
        using var folder = new StoreFolder();
        var local = folder.Store.LocalUser();
        var other = folder.Store.IssueToken("client-2", TimeSpan.FromDays(1), 0).User;
        var first = folder.Store.CreateSession(local.UserId, "en");
        folder.Clock.Advance(TimeSpan.FromMinutes(1));
        folder.Store.CreateSession(other.UserId, "en");
        var second = folder.Store.CreateSession(local.UserId, "en");
        folder.Clock.Advance(TimeSpan.FromMinutes(1));
        var third = folder.Store.CreateSession(local.UserId, "zh");

        Assert.Equal([first, second, third], folder.Store.Sessions(local.UserId));
    }

    [Fact]
    public void SaveDraft_Edit_BecomesCurrentWithNextVersion()
    {
        using var folder = new StoreFolder();
        var (_, session) = folder.UserWithSession();
        folder.Clock.Advance(TimeSpan.FromSeconds(5));

        var saved = folder.Store.SaveDraft(session.SessionId, SampleDrafts.Numbered(1), "add image");
        var current = folder.Store.CurrentDraft(session.SessionId);

        Assert.Equal(1, saved.Version);
        Assert.Equal((1, "add image", folder.Clock.GetUtcNow()), (current.Version, current.Cause, current.CreatedAt));
        Assert.Equal(SampleDrafts.Numbered(1).ToJson(), current.Draft.ToJson());
    }

    [Fact]
    public void UndoRedo_WalkBackAndForth_MovesHeadThroughVersions()
    {
        using var folder = new StoreFolder();
        var (_, session) = folder.UserWithSession();
        folder.Store.SaveDraft(session.SessionId, SampleDrafts.Numbered(1), "one");
        folder.Store.SaveDraft(session.SessionId, SampleDrafts.Numbered(2), "two");

        Assert.Equal(1, folder.Store.Undo(session.SessionId)?.Version);
        Assert.Equal(0, folder.Store.Undo(session.SessionId)?.Version);
        Assert.Null(folder.Store.Undo(session.SessionId));
        Assert.Equal(0, folder.Store.CurrentDraft(session.SessionId).Version);

        var redone = folder.Store.Redo(session.SessionId);
        Assert.Equal((1, SampleDrafts.Numbered(1).ToJson()), (redone?.Version, redone?.Draft.ToJson()));
        Assert.Equal(2, folder.Store.Redo(session.SessionId)?.Version);
        Assert.Null(folder.Store.Redo(session.SessionId));
        Assert.Equal(SampleDrafts.Numbered(2).ToJson(), folder.Store.CurrentDraft(session.SessionId).Draft.ToJson());
    }

    [Fact]
    public void SaveDraft_AfterUndo_DropsTheRedoBranch()
    {
        using var folder = new StoreFolder();
        var (_, session) = folder.UserWithSession();
        folder.Store.SaveDraft(session.SessionId, SampleDrafts.Numbered(1), "one");
        folder.Store.SaveDraft(session.SessionId, SampleDrafts.Numbered(2), "two");
        folder.Store.SaveDraft(session.SessionId, SampleDrafts.Numbered(3), "three");
        folder.Store.Undo(session.SessionId);
        folder.Store.Undo(session.SessionId);

        var saved = folder.Store.SaveDraft(session.SessionId, SampleDrafts.Numbered(9), "other way");

        Assert.Equal(2, saved.Version);
        Assert.Null(folder.Store.Redo(session.SessionId));
        Assert.Equal(
            ["new project", "one", "other way"],
            folder.Store.History(session.SessionId).Select(version => version.Cause));
        Assert.Equal(SampleDrafts.Numbered(9).ToJson(), folder.Store.CurrentDraft(session.SessionId).Draft.ToJson());
    }

    [Fact]
    public void History_AfterEdits_OldestFirstWithEveryDraft()
    {
        using var folder = new StoreFolder();
        var (_, session) = folder.UserWithSession();
        folder.Store.SaveDraft(session.SessionId, SampleDrafts.Numbered(1), "one");
        folder.Store.SaveDraft(session.SessionId, SampleDrafts.Numbered(2), "two");

        var history = folder.Store.History(session.SessionId);

        Assert.Equal([0, 1, 2], history.Select(version => version.Version));
        Assert.Equal(
            [Draft.Empty.ToJson(), SampleDrafts.Numbered(1).ToJson(), SampleDrafts.Numbered(2).ToJson()],
            history.Select(version => version.Draft.ToJson()));
        Assert.All(history, version => Assert.Equal(session.SessionId, version.SessionId));
    }

    [Fact]
    public void SaveDraft_UnknownKeysAndNumberSpellings_RoundTripExactly()
    {
        using var folder = new StoreFolder();
        var (_, session) = folder.UserWithSession();

        folder.Store.SaveDraft(session.SessionId, Draft.Parse(SampleDrafts.WithUnknownKeys), "import");

        Assert.Equal(SampleDrafts.WithUnknownKeys, folder.Store.CurrentDraft(session.SessionId).Draft.ToJson());
        Assert.Equal(SampleDrafts.WithUnknownKeys, folder.Store.History(session.SessionId)[^1].Draft.ToJson());
    }

    [Fact]
    public void SaveDraft_UnknownSession_Refused()
    {
        using var folder = new StoreFolder();

        Assert.Throws<InvalidOperationException>(() => folder.Store.SaveDraft("s_0000000000000000", SampleDrafts.Numbered(1), "x"));
        Assert.Throws<InvalidOperationException>(() => folder.Store.CurrentDraft("s_0000000000000000"));
    }
}
