using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Drafts;
using JanitorVideo.Studio.Store;

namespace JanitorVideo.Studio.Tests.Store;

public sealed class StoreRenderTests
{
    [Fact]
    public void TryAddRender_NewId_RoundTripsEveryField()
    {
        using var folder = new StoreFolder();
        var (user, session) = folder.UserWithSession();
        var render = Render(user, session, "render_1", minutes: 0);

        Assert.True(folder.Store.TryAddRender(render));

        AssertSame(render, folder.Store.FindRender(user.UserId, "render_1"));
    }

    [Fact]
    public void TryAddRender_IdTaken_ReturnsFalseAndKeepsFirst()
    {
        using var folder = new StoreFolder();
        var (user, session) = folder.UserWithSession();
        var first = Render(user, session, "render_1", minutes: 0);
        folder.Store.TryAddRender(first);

        var added = folder.Store.TryAddRender(first with { Quality = "4k", Draft = SampleDrafts.Numbered(2) });

        Assert.False(added);
        AssertSame(first, folder.Store.FindRender(user.UserId, "render_1"));
    }

    [Fact]
    public void TryAddRender_IdTakenByAnotherUser_AddsTheirOwnAndKeepsTheFirst()
    {
        using var folder = new StoreFolder();
        var (user, session) = folder.UserWithSession();
        var other = folder.Store.IssueToken("client-2", TimeSpan.FromDays(7), 100).User;
        var otherSession = folder.Store.CreateSession(other.UserId, "en");
        var first = Render(user, session, "render_1", minutes: 0);
        var second = Render(other, otherSession, "render_1", minutes: 1) with { Quality = "720p" };
        folder.Store.TryAddRender(first);

        var added = folder.Store.TryAddRender(second);
        folder.Store.UpdateRender(other.UserId, "render_1", RenderStatus.Processing, 30);

        Assert.True(added);
        AssertSame(first, folder.Store.FindRender(user.UserId, "render_1"));
        AssertSame(second with { Status = RenderStatus.Processing, Progress = 30 }, folder.Store.FindRender(other.UserId, "render_1"));
    }

    [Fact]
    public void FindRender_OtherUsersId_ReturnsNull()
    {
        using var folder = new StoreFolder();
        var (user, session) = folder.UserWithSession();
        folder.Store.TryAddRender(Render(user, session, "render_1", minutes: 0));
        var other = folder.Store.IssueToken("client-2", TimeSpan.FromDays(7), 100).User;

        Assert.Null(folder.Store.FindRender(other.UserId, "render_1"));
    }

    [Fact]
    public void FindRender_Unknown_ReturnsNull()
    {
        using var folder = new StoreFolder();

        Assert.Null(folder.Store.FindRender(folder.Store.LocalUser().UserId, "render_missing"));
    }

    [Fact]
    public void UpdateRender_Completed_StoresOutputAndCompletion()
    {
        using var folder = new StoreFolder();
        var (user, session) = folder.UserWithSession();
        var render = Render(user, session, "render_1", minutes: 0);
        folder.Store.TryAddRender(render);
        var done = new DateTimeOffset(2026, 3, 1, 9, 5, 0, TimeSpan.Zero);

        folder.Store.UpdateRender(user.UserId, "render_1", RenderStatus.Processing, 40);
        folder.Store.UpdateRender(user.UserId, "render_1", RenderStatus.Completed, 100, "renders/render_1.mp4", completedAt: done);

        AssertSame(
            render with { Status = RenderStatus.Completed, Progress = 100, OutputPath = "renders/render_1.mp4", CompletedAt = done },
            folder.Store.FindRender(user.UserId, "render_1"));
    }

    [Fact]
    public void UpdateRender_NullOptionals_LeavesEarlierValues()
    {
        using var folder = new StoreFolder();
        var (user, session) = folder.UserWithSession();
        var render = Render(user, session, "render_1", minutes: 0);
        folder.Store.TryAddRender(render);
        var failedAt = new DateTimeOffset(2026, 3, 1, 9, 6, 0, TimeSpan.Zero);
        folder.Store.UpdateRender(user.UserId, "render_1", RenderStatus.Failed, 70, error: "FFmpeg stopped", completedAt: failedAt);

        folder.Store.UpdateRender(user.UserId, "render_1", RenderStatus.Failed, 70);

        AssertSame(
            render with { Status = RenderStatus.Failed, Progress = 70, Error = "FFmpeg stopped", CompletedAt = failedAt },
            folder.Store.FindRender(user.UserId, "render_1"));
    }

    [Fact]
    public void UpdateRender_UnknownId_Refused()
    {
        using var folder = new StoreFolder();

        Assert.Throws<InvalidOperationException>(() => folder.Store.UpdateRender(folder.Store.LocalUser().UserId, "render_missing", RenderStatus.Processing, 10));
    }

    [Fact]
    public void UnfinishedRenders_AfterUpdates_PendingAndProcessingOldestFirst()
    {
        using var folder = new StoreFolder();
        var (user, session) = folder.UserWithSession();
        foreach (var (id, minutes) in new[] { ("render_c", 3), ("render_a", 1), ("render_e", 5), ("render_b", 2), ("render_d", 4) })
        {
            folder.Store.TryAddRender(Render(user, session, id, minutes));
        }

        folder.Store.UpdateRender(user.UserId, "render_a", RenderStatus.Completed, 100, "renders/render_a.mp4");
        folder.Store.UpdateRender(user.UserId, "render_b", RenderStatus.Processing, 30);
        folder.Store.UpdateRender(user.UserId, "render_c", RenderStatus.Failed, 10, error: "out of disk");
        folder.Store.UpdateRender(user.UserId, "render_d", RenderStatus.Cancelled, 5);

        Assert.Equal(["render_b", "render_e"], folder.Store.UnfinishedRenders().Select(render => render.RenderId));
        Assert.Equal(RenderStatus.Processing, folder.Store.UnfinishedRenders()[0].Status);
    }

    [Fact]
    public void TryAddRender_UnknownSession_Refused()
    {
        using var folder = new StoreFolder();
        var user = folder.Store.LocalUser();
        var orphan = new SessionRecord("s_0000000000000000", "t_0000000000000000", user.UserId, "en", DateTimeOffset.UnixEpoch);

        Assert.Throws<InvalidOperationException>(() => folder.Store.TryAddRender(Render(user, orphan, "render_1", 0)));
    }

    internal static RenderRecord Render(StudioUser user, SessionRecord session, string id, int minutes) =>
        new(
            id,
            session.SessionId,
            user.UserId,
            Draft.Parse(SampleDrafts.WithUnknownKeys),
            "1080p",
            RenderStatus.Pending,
            0,
            null,
            null,
            new DateTimeOffset(2026, 3, 1, 9, minutes, 0, TimeSpan.Zero),
            null);

    /// <summary>Drafts have no value equality: compared by their JSON, everything else by the record.</summary>
    internal static void AssertSame(RenderRecord expected, RenderRecord? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Draft.ToJson(), actual.Draft.ToJson());
        Assert.Equal(expected with { Draft = Draft.Empty }, actual with { Draft = Draft.Empty });
    }
}
