using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Render.Tests.Ffmpeg;

public sealed class FfmpegJoinerTests
{
    private const int Width = 320;
    private const int Height = 240;

    [Fact]
    public async Task JoinAsync_FfprobeMissing_VerifiesTheJoinedFileFromItsBoxes()
    {
        using var folder = new TempFolder();
        string[] parts = [folder.Combine("a.mp4"), folder.Combine("b.mp4")];
        foreach (var part in parts)
        {
            await using var encoder = await FfmpegEncoder.StartAsync(new EncodeSettings(Width, Height, 30, 15), part, GeneratedMedia.Tools);
            await FfmpegEncoderTests.WriteFramesAsync(encoder, 15);
            await encoder.CompleteAsync();
        }

        var output = folder.Combine("joined.mp4");
        var tools = GeneratedMedia.Tools with { Ffprobe = "/nonexistent/janitor/ffprobe" };

        var probe = await FfmpegJoiner.JoinAsync(parts, new EncodeSettings(Width, Height, 30, 30), output, tools);

        Assert.Equal(30, probe.FrameCount);
        Assert.Equal(1.0, probe.DurationSeconds, 0.05);
        Assert.Equal(await Ffprobe.ProbeAsync(output, GeneratedMedia.Tools), probe);
        Assert.Equal(["a.mp4", "b.mp4", "joined.mp4"], FfmpegEncoderTests.FilesIn(folder));
    }
}
