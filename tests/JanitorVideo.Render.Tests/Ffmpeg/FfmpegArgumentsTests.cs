using JanitorVideo.Render.Audio;
using JanitorVideo.Render.Ffmpeg;

namespace JanitorVideo.Render.Tests.Ffmpeg;

public sealed class FfmpegArgumentsTests
{
    [Theory]
    [InlineData(EncodeQuality.Draft, "ultrafast")]
    [InlineData(EncodeQuality.Standard, "veryfast")]
    [InlineData(EncodeQuality.High, "medium")]
    public void Build_Quality_PicksThePreset(EncodeQuality quality, string preset)
    {
        var arguments = FfmpegArguments.Build(new EncodeSettings(720, 1280, 30, 150, quality), null, "/out/clip.mp4");

        Assert.Equal(preset, After(arguments, "-preset"));
    }

    [Fact]
    public void Build_WithoutMusic_RawYuvInH264OutWithFaststart()
    {
        var arguments = FfmpegArguments.Build(new EncodeSettings(720, 1280, 25, 150, Crf: 18), null, "/out/my clip's \"best\".mp4");

        Assert.Equal("rawvideo", After(arguments, "-f"));
        Assert.Equal("720x1280", After(arguments, "-s"));
        Assert.Equal("25", After(arguments, "-r"));
        Assert.Equal("pipe:0", After(arguments, "-i"));
        Assert.Equal("libx264", After(arguments, "-c:v"));
        Assert.Equal("18", After(arguments, "-crf"));
        Assert.Equal("+faststart", After(arguments, "-movflags"));
        Assert.DoesNotContain("-c:a", arguments);
        Assert.Equal("file:/out/my clip's \"best\".mp4", arguments[^1]);
    }

    [Fact]
    public void Build_FullHd_DefaultCrfIs20() =>
        Assert.Equal("20", After(FfmpegArguments.Build(new EncodeSettings(1080, 1920, 30, 150), null, "/out/a.mp4"), "-crf"));

    [Fact]
    public void ClipSamples_ExactForTheFrameCount() =>
        Assert.Equal(240_000, FfmpegArguments.ClipSamples(new EncodeSettings(1080, 1920, 30, 150)));

    private static string After(IReadOnlyList<string> arguments, string flag)
    {
        var index = arguments.ToList().IndexOf(flag);
        Assert.True(index >= 0, $"{flag} is missing from: {string.Join(' ', arguments)}");
        return arguments[index + 1];
    }
}
