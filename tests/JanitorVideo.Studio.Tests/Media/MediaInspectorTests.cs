using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Media;
using JanitorVideo.Studio.Media;
using JanitorVideo.Studio.Tests.Media.Support;
using SkiaSharp;

namespace JanitorVideo.Studio.Tests.Media;

public sealed class MediaInspectorTests(FfmpegSamples samples) : IClassFixture<FfmpegSamples>
{
    [Theory]
    [InlineData(SKEncodedImageFormat.Png, "PNG")]
    [InlineData(SKEncodedImageFormat.Jpeg, "JPEG")]
    [InlineData(SKEncodedImageFormat.Webp, "WEBP")]
    public async Task InspectAsync_StillPicture_IsMeasuredAndThumbnailed(SKEncodedImageFormat encoding, string formatName)
    {
        using var area = new StoreLessIngest();
        var bytes = SamplePictures.Encoded(400, 300, encoding);

        var (staged, facts, thumbnail) = await area.CheckAsync(new MemoryStream(bytes), "hero", bytes.Length);
        using (staged)
        {
            Assert.Equal(formatName, staged.Format.Name);
            Assert.Equal(new MediaFacts(MediaKind.Image, 400, 300, null, null, 1, HasThumbnail: true), facts with { Framing = null });
            // A still's subject is found at upload, for the agent's word on framing.
            Assert.NotNull(facts.Framing);
            AssertSmallJpeg(thumbnail, 320, 240);
        }
    }

    [Fact]
    public async Task InspectAsync_PictureOverTheTimeLimit_IsRefusedInPlainWords()
    {
        // Pictures are read under the same time limit as ffprobe (none left here).
        using var folder = new JanitorVideo.TestSupport.TempFolder();
        var path = folder.Write("anim.gif", await File.ReadAllBytesAsync(await samples.PathAsync("animated.gif")));
        var inspector = new MediaInspector(FfmpegSamples.Tools, toolTimeout: TimeSpan.Zero);

        var error = await Assert.ThrowsAsync<VideoBackendException>(() =>
            inspector.InspectAsync(path, MediaFormats.Gif, "anim.gif", folder.Combine("thumb.jpg"), CancellationToken.None));

        Assert.Contains("'anim.gif' took too long to read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InspectAsync_StillGif_IsMeasuredAndThumbnailed()
    {
        using var area = new StoreLessIngest();

        var (staged, facts, thumbnail) = await area.CheckFileAsync(await samples.PathAsync("still.gif"));
        using (staged)
        {
            Assert.Equal(MediaFormats.Gif, staged.Format);
            Assert.Equal(new MediaFacts(MediaKind.Image, 64, 48, null, null, 1, HasThumbnail: true), facts with { Framing = null });
            // A still's subject is found at upload, for the agent's word on framing.
            Assert.NotNull(facts.Framing);
            AssertSmallJpeg(thumbnail, 64, 48);
        }
    }

    [Fact]
    public async Task InspectAsync_LargePicture_GetsAThumbnailOf320OnItsLongSide()
    {
        using var area = new StoreLessIngest();
        var bytes = SamplePictures.Encoded(900, 1600, SKEncodedImageFormat.Jpeg);

        var (staged, facts, thumbnail) = await area.CheckAsync(new MemoryStream(bytes), "tall.jpg", bytes.Length);
        using (staged)
        {
            Assert.Equal((900, 1600), (facts.Width, facts.Height));
            AssertSmallJpeg(thumbnail, 180, 320);
        }
    }

    [Theory]
    [InlineData("animated.gif", "GIF")]
    [InlineData("animated.webp", "WEBP")]
    public async Task InspectAsync_AnimatedPicture_CountsItsFramesAndLength(string sample, string formatName)
    {
        using var area = new StoreLessIngest();

        var (staged, facts, thumbnail) = await area.CheckFileAsync(await samples.PathAsync(sample));
        using (staged)
        {
            Assert.Equal(formatName, staged.Format.Name);
            Assert.Equal(MediaKind.Image, facts.Kind);
            Assert.Equal((160, 120), (facts.Width, facts.Height));
            Assert.Equal(10, facts.FrameCount);
            Assert.InRange(facts.DurationSeconds ?? 0, 0.95, 1.05);
            AssertSmallJpeg(thumbnail, 160, 120);
        }
    }

    [Theory]
    [InlineData("clip.mp4", "MP4")]
    [InlineData("clip.mov", "MOV")]
    [InlineData("clip.avi", "AVI")]
    [InlineData("clip.webm", "WEBM")]
    [InlineData("clip.mkv", "MKV")]
    public async Task InspectAsync_Video_IsProbedAndThumbnailedFromAFrame(string sample, string formatName)
    {
        using var area = new StoreLessIngest();

        var (staged, facts, thumbnail) = await area.CheckFileAsync(await samples.PathAsync(sample));
        using (staged)
        {
            Assert.Equal(formatName, staged.Format.Name);
            Assert.Equal(MediaKind.Video, facts.Kind);
            Assert.Equal((160, 120), (facts.Width, facts.Height));
            Assert.InRange(facts.Fps ?? 0, 9.9, 10.1);
            Assert.InRange(facts.FrameCount ?? 0, 9, 11);
            Assert.InRange(facts.DurationSeconds ?? 0, 0.9, 1.1);
            Assert.True(facts.HasThumbnail);
            AssertSmallJpeg(thumbnail, 160, 120);
        }
    }

    [Theory]
    [InlineData("tone.mp3", "MP3")]
    [InlineData("tone.wav", "WAV")]
    [InlineData("tone.m4a", "M4A")]
    [InlineData("tone.aac", "AAC")]
    public async Task InspectAsync_Audio_IsProbedWithoutAThumbnail(string sample, string formatName)
    {
        using var area = new StoreLessIngest();

        var (staged, facts, thumbnail) = await area.CheckFileAsync(await samples.PathAsync(sample));
        using (staged)
        {
            Assert.Equal(formatName, staged.Format.Name);
            Assert.Equal(MediaKind.Audio, facts.Kind);
            Assert.Null(facts.Width);
            Assert.InRange(facts.DurationSeconds ?? 0, 0.8, 1.2);
            Assert.False(facts.HasThumbnail);
            Assert.False(File.Exists(thumbnail));
        }
    }

    [Fact]
    public async Task InspectAsync_Mp4HoldingOnlySound_IsAudio()
    {
        using var area = new StoreLessIngest();

        var (staged, facts, _) = await area.CheckFileAsync(await samples.PathAsync("song.mp4"));
        using (staged)
        {
            Assert.Equal(MediaFormats.Mp4, staged.Format);
            Assert.Equal("audio", facts.KindName);
            Assert.InRange(facts.DurationSeconds ?? 0, 0.8, 1.2);
        }
    }

    [Fact]
    public async Task InspectAsync_TruncatedPng_IsRefusedAsDamaged()
    {
        using var area = new StoreLessIngest();
        var png = SamplePictures.Png(400, 300);
        var cut = png[..(png.Length / 2)];

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => area.CheckAsync(new MemoryStream(cut), "hero.png", cut.Length));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.StartsWith("'hero.png' cannot be used. The PNG file is damaged or cut short", error.Message, StringComparison.Ordinal);
        Assert.Empty(area.Files);
    }

    [Fact]
    public async Task InspectAsync_TruncatedMp4_IsRefusedAsUnreadableVideo()
    {
        using var area = new StoreLessIngest();
        // FFmpeg writes the index (moov) last unless asked for +faststart: half a file has none.
        var mp4 = await File.ReadAllBytesAsync(await samples.PathAsync("clip.mp4"));
        var cut = mp4[..(mp4.Length / 2)];

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => area.CheckAsync(new MemoryStream(cut), "clip.mp4", cut.Length));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Equal("'clip.mp4' could not be read as video; it may be truncated or damaged. Export it again, or upload another file.", error.Message);
        Assert.Empty(area.Files);
    }

    [Fact]
    public async Task InspectAsync_WavHeaderWithoutSound_IsRefusedAsUnreadableAudio()
    {
        using var area = new StoreLessIngest();
        byte[] wav = [.. "RIFF"u8, 4, 0, 0, 0, .. "WAVE"u8];

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => area.CheckAsync(new MemoryStream(wav), "tone.wav", wav.Length));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Contains("could not be read as audio; it may be truncated or damaged", error.Message, StringComparison.Ordinal);
        Assert.Empty(area.Files);
    }

    private static void AssertSmallJpeg(string path, int width, int height)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length < 40_000, $"the thumbnail is {bytes.Length} bytes");
        using var codec = SKCodec.Create(new MemoryStream(bytes));
        Assert.NotNull(codec);
        Assert.Equal(SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
        Assert.Equal((width, height), (codec.Info.Width, codec.Info.Height));
    }
}
