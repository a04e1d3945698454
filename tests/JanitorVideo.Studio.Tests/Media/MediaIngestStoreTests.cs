using System.Net;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Net;
using JanitorVideo.Studio.Media;
using JanitorVideo.Studio.Store;
using JanitorVideo.Studio.Tests.Media.Support;
using JanitorVideo.TestSupport;
using SkiaSharp;

namespace JanitorVideo.Studio.Tests.Media;

/// <summary>Ingest through the real store: records, dedupe by hash, where the bytes end up.</summary>
public sealed class MediaIngestStoreTests(FfmpegSamples samples) : IClassFixture<FfmpegSamples>, IDisposable
{
    private static readonly RemoteFetchOptions LoopbackAllowed = new()
    {
        AddressAllowed = address => IPAddress.IsLoopback(address) || UrlPolicy.IsPublic(address),
    };

    private readonly TempFolder _folder = new();
    private StudioStore? _store;
    private RemoteMediaFetcher? _fetcher;

    private StudioStore Store => _store ??= StudioStore.Open(_folder.Path, TimeProvider.System);

    [Fact]
    public async Task IngestFileAsync_Png_IsRecordedStoredByHashAndThumbnailed()
    {
        var session = NewSession();
        var path = _folder.Write("hero.png", SamplePictures.Png(400, 300));

        var record = await Ingest().IngestFileAsync(session.SessionId, path);

        Assert.Matches("^m_[0-9a-f]{10}$", record.MediaId);
        Assert.Equal(("image", "PNG", "hero.png", 400, 300, 1), (record.Kind, record.Format, record.FileName, record.Width, record.Height, record.FrameCount));
        Assert.Equal($"media/{record.Hash[..2]}/{record.Hash}.png", record.StoredPath);
        Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(Store.Resolve(record.StoredPath)));
        Assert.Equal($"media/thumbs/{record.Hash}.jpg", record.ThumbnailPath);
        Assert.True(File.Exists(Store.Resolve(record.ThumbnailPath!)));
        Assert.Equal([record], Store.Media(session.SessionId));
        Assert.Empty(_folder.Files(MediaPaths.Incoming));
    }

    [Fact]
    public async Task IngestFileAsync_SameBytesTwiceInOneSession_ReturnsTheFirstRecord()
    {
        var session = NewSession();
        var first = _folder.Write("a.png", SamplePictures.Png(64, 64));
        var second = _folder.Write("b.png", SamplePictures.Png(64, 64));
        var ingest = Ingest();

        var one = await ingest.IngestFileAsync(session.SessionId, first);
        var two = await ingest.IngestFileAsync(session.SessionId, second);

        Assert.Equal(one, two);
        Assert.Single(Store.Media(session.SessionId));
    }

    [Fact]
    public async Task IngestFileAsync_SameBytesInTwoSessions_AreStoredOnce()
    {
        var path = _folder.Write("hero.png", SamplePictures.Png(64, 64));
        var ingest = Ingest();

        var one = await ingest.IngestFileAsync(NewSession().SessionId, path);
        var two = await ingest.IngestFileAsync(NewSession().SessionId, path);

        Assert.NotEqual(one.MediaId, two.MediaId);
        Assert.Equal(one.StoredPath, two.StoredPath);
        Assert.Single(_folder.Files("media"), f => f.EndsWith(".png", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IngestFileAsync_Video_IsRecordedWithItsMeasurements()
    {
        var session = NewSession();

        var record = await Ingest().IngestFileAsync(session.SessionId, await samples.PathAsync("clip.mp4"));

        Assert.Equal(("video", "MP4", 160, 120), (record.Kind, record.Format, record.Width, record.Height));
        Assert.InRange(record.DurationSeconds ?? 0, 0.9, 1.1);
        Assert.NotNull(record.ThumbnailPath);
    }

    [Fact]
    public async Task IngestFileAsync_Audio_HasNoThumbnail()
    {
        var session = NewSession();

        var record = await Ingest().IngestFileAsync(session.SessionId, await samples.PathAsync("tone.mp3"));

        Assert.Equal(("audio", "MP3"), (record.Kind, record.Format));
        Assert.Null(record.ThumbnailPath);
    }

    [Fact]
    public async Task IngestFileAsync_UnknownSession_IsSessionNotFound()
    {
        var path = _folder.Write("hero.png", SamplePictures.Png(64, 64));

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => Ingest().IngestFileAsync("no-such-session", path));

        Assert.Equal(ErrorKind.SessionNotFound, error.Kind);
    }

    [Fact]
    public async Task IngestFileAsync_RefusedFile_LeavesNothingBehind()
    {
        var session = NewSession();
        var cut = SamplePictures.Png(400, 300);
        var path = _folder.Write("cut.png", cut[..(cut.Length / 2)]);

        await Assert.ThrowsAsync<VideoBackendException>(() => Ingest().IngestFileAsync(session.SessionId, path));

        Assert.Empty(Store.Media(session.SessionId));
        Assert.Empty(_folder.Files("media"));
    }

    // FFmpeg skips an ID3 tag and then sniffs what follows: without the demuxer named, these were
    // opened as an HLS playlist or a DASH manifest and read the file they point at (another render,
    // any media on the machine). Named as the MP3 their first bytes say, they are refused.
    [Theory]
    [InlineData("hls")]
    [InlineData("dash")]
    public async Task IngestFileAsync_PlaylistDisguisedAsMp3_IsRefusedAndWhatItPointsAtIsNeverRead(string kind)
    {
        var session = NewSession();
        var elsewhere = await samples.PathAsync("tone.mp3");
        var playlist = kind == "hls"
            ? $"#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:1,\n{elsewhere}\n#EXT-X-ENDLIST\n"
            : "<?xml version=\"1.0\"?>\n<MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\" type=\"static\" mediaPresentationDuration=\"PT1S\" minBufferTime=\"PT1S\" " +
              "profiles=\"urn:mpeg:dash:profile:isoff-on-demand:2011\"><Period><AdaptationSet mimeType=\"audio/mpeg\"><Representation id=\"a\" bandwidth=\"64000\">" +
              $"<BaseURL>file:{elsewhere}</BaseURL></Representation></AdaptationSet></Period></MPD>\n";
        byte[] id3 = [(byte)'I', (byte)'D', (byte)'3', 3, 0, 0, 0, 0, 0, 0];
        var path = _folder.Write("song.mp3", [.. id3, .. System.Text.Encoding.UTF8.GetBytes(playlist)]);

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => Ingest().IngestFileAsync(session.SessionId, path));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Contains("could not be read as audio", error.Message, StringComparison.Ordinal);
        Assert.Empty(Store.Media(session.SessionId));
    }

    [Fact]
    public async Task IngestStreamAsync_HostileName_IsSanitisedAndStoredInsideTheFolder()
    {
        var session = NewSession();
        var jpeg = SamplePictures.Encoded(64, 64, SKEncodedImageFormat.Jpeg);

        var record = await Ingest().IngestStreamAsync(session.SessionId, "../../etc/pass\u0000wd", new MemoryStream(jpeg));

        Assert.Equal("passwd.jpg", record.FileName);
        var stored = Path.GetFullPath(Store.Resolve(record.StoredPath));
        Assert.StartsWith(Path.GetFullPath(_folder.Path) + Path.DirectorySeparatorChar, stored, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder.Path, "..", "..", "etc", "passwd.jpg")));
    }

    [Fact]
    public async Task IngestUrlAsync_Picture_IsFetchedAndRecorded()
    {
        await using var server = await LoopbackMediaServer.StartAsync();
        var session = NewSession();

        var record = await Ingest().IngestUrlAsync(session.SessionId, server.Url("/r/2"));

        Assert.Equal(("image", "hero.png", 200, 150), (record.Kind, record.FileName, record.Width, record.Height));
        Assert.Equal(server.Picture, File.ReadAllBytes(Store.Resolve(record.StoredPath)));
    }

    public void Dispose()
    {
        _fetcher?.Dispose();
        _store?.Dispose();
        _folder.Dispose();
    }

    private SessionRecord NewSession() => Store.CreateSession(Store.LocalUser().UserId, "en");

    private MediaIngest Ingest()
    {
        _fetcher ??= new RemoteMediaFetcher(LoopbackAllowed);
        return new MediaIngest(Store, FfmpegSamples.Tools, _fetcher);
    }
}
