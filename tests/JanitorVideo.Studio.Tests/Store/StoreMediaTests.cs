using JanitorVideo.Studio.Store;

namespace JanitorVideo.Studio.Tests.Store;

public sealed class StoreMediaTests
{
    [Fact]
    public void AddMedia_EveryField_RoundTrips()
    {
        using var folder = new StoreFolder();
        var (_, session) = folder.UserWithSession();
        var video = Video(session.SessionId, "m_00000000a1", "aa11");

        folder.Store.AddMedia(video);

        Assert.Equal(video, folder.Store.FindMedia(video.MediaId));
    }

    [Fact]
    public void AddMedia_NullableFieldsEmpty_RoundTrips()
    {
        using var folder = new StoreFolder();
        var (_, session) = folder.UserWithSession();
        var image = Image(session.SessionId, "m_00000000b1", "bb11");

        folder.Store.AddMedia(image);

        Assert.Equal(image, folder.Store.FindMedia(image.MediaId));
    }

    [Fact]
    public void FindMedia_Unknown_ReturnsNull()
    {
        using var folder = new StoreFolder();

        Assert.Null(folder.Store.FindMedia("m_ffffffffff"));
    }

    [Fact]
    public void FindMediaByHash_SameBytesInTwoSessions_EachSessionFindsItsOwn()
    {
        using var folder = new StoreFolder();
        var (user, first) = folder.UserWithSession();
        var second = folder.Store.CreateSession(user.UserId, "en");
        var mine = folder.Store.AddMedia(Image(first.SessionId, "m_0000000001", "cafe"));
        var theirs = folder.Store.AddMedia(Image(second.SessionId, "m_0000000002", "cafe"));

        Assert.Equal(mine, folder.Store.FindMediaByHash(first.SessionId, "cafe"));
        Assert.Equal(theirs, folder.Store.FindMediaByHash(second.SessionId, "cafe"));
        Assert.Null(folder.Store.FindMediaByHash(first.SessionId, "beef"));
    }

    [Fact]
    public void FindAnyMediaByHash_BytesInAnotherSession_FindsThem()
    {
        using var folder = new StoreFolder();
        var (user, first) = folder.UserWithSession();
        var second = folder.Store.CreateSession(user.UserId, "en");
        var stored = folder.Store.AddMedia(Image(first.SessionId, "m_0000000001", "cafe"));

        Assert.Null(folder.Store.FindMediaByHash(second.SessionId, "cafe"));
        Assert.Equal(stored, folder.Store.FindAnyMediaByHash("cafe"));
        Assert.Null(folder.Store.FindAnyMediaByHash("beef"));
    }

    [Fact]
    public void Media_SeveralFiles_OldestFirstAndOnlyTheSessions()
    {
        using var folder = new StoreFolder();
        var (user, session) = folder.UserWithSession();
        var other = folder.Store.CreateSession(user.UserId, "en");
        var first = folder.Store.AddMedia(Image(session.SessionId, "m_000000000c", "c1"));
        folder.Store.AddMedia(Image(other.SessionId, "m_000000000d", "d1"));
        var second = folder.Store.AddMedia(Video(session.SessionId, "m_000000000a", "a1"));

        Assert.Equal([first, second], folder.Store.Media(session.SessionId));
    }

    [Fact]
    public void AddMedia_UnknownSession_Refused()
    {
        using var folder = new StoreFolder();

        Assert.Throws<InvalidOperationException>(() => folder.Store.AddMedia(Image("s_0000000000000000", "m_0000000001", "aa")));
    }

    private static MediaRecord Video(string sessionId, string mediaId, string hash) =>
        new(
            mediaId,
            sessionId,
            "video",
            "dance loop.mp4",
            "mp4",
            $"media/{hash}.mp4",
            hash,
            12_345_678,
            1920,
            1080,
            12.345,
            29.97,
            370,
            $"media/{hash}.thumb.jpg",
            new DateTimeOffset(2026, 3, 1, 12, 30, 15, 123, TimeSpan.FromHours(2)).AddTicks(4567));

    private static MediaRecord Image(string sessionId, string mediaId, string hash) =>
        new(mediaId, sessionId, "image", "druid.png", "png", $"media/{hash}.png", hash, 2048, null, null, null, null, null, null, new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
}
