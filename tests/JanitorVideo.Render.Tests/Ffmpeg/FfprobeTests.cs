using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Render.Tests.Ffmpeg;

public sealed class FfprobeTests
{
    [Fact]
    public async Task ProbeAsync_TextFile_ThrowsRenderInputException()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("clip.mp4");
        await File.WriteAllTextAsync(path, "not a video at all");

        var error = await Assert.ThrowsAsync<RenderInputException>(() => Ffprobe.ProbeAsync(path, GeneratedMedia.Tools));

        Assert.Contains("clip.mp4", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a video", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_AudioOnlyFile_ThrowsRenderInputException()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("song.m4a");
        await GeneratedMedia.MakeAudioAsync("sine=frequency=440:duration=1", path);

        var error = await Assert.ThrowsAsync<RenderInputException>(() => Ffprobe.ProbeAsync(path, GeneratedMedia.Tools));

        Assert.Contains("no video", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_MissingFile_ThrowsRenderInputException()
    {
        using var folder = new TempFolder();

        await Assert.ThrowsAsync<RenderInputException>(() => Ffprobe.ProbeAsync(folder.Combine("gone.mp4"), GeneratedMedia.Tools));
    }

    [Fact]
    public async Task ProbeAsync_FfprobeMissing_ThrowsRenderInputExceptionWithInstallAdvice()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("clip.mp4");
        // An MP4's first bytes, so the file is sniffed as one and ffprobe is what is missing.
        await File.WriteAllBytesAsync(path, [0, 0, 0, 0x18, .. "ftypisom"u8.ToArray(), 0, 0, 2, 0, .. "isomiso2"u8.ToArray()]);

        var error = await Assert.ThrowsAsync<RenderInputException>(() => Ffprobe.ProbeAsync(path, new FfmpegTools("/nonexistent/ffmpeg", "/nonexistent/ffprobe")));

        Assert.StartsWith(FfmpegTools.NotInstalledMessage, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("m4a", "aac")]
    [InlineData("mp3", "mp3")]
    [InlineData("wav", "pcm_s16le")]
    public async Task ProbeAudioAsync_CommonFormats_ReportCodecAndLength(string extension, string codec)
    {
        using var folder = new TempFolder();
        var path = folder.Combine("song." + extension);
        await GeneratedMedia.MakeAudioAsync("sine=frequency=440:duration=2:sample_rate=44100", path);

        var probe = await Ffprobe.ProbeAudioAsync(path, GeneratedMedia.Tools);

        Assert.Equal(codec, probe.Codec);
        Assert.Equal(2.0, probe.DurationSeconds, 0.1);
        Assert.Equal(44100, probe.SampleRate);
    }
}
