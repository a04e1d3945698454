using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Pipeline;
using JanitorVideo.Render.Tests.Ffmpeg;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Render.Tests.Pipeline;

/// <summary>A kept clip is handed out again only on the same FFmpeg build and fonts: the render environment's digest.</summary>
public sealed class RenderEnvironmentTests
{
    [Fact]
    public void Signature_SameMachine_SameDigest()
    {
        var tools = FfmpegTools.Locate();

        Assert.Equal(RenderEnvironment.Signature(tools), RenderEnvironment.Signature(tools));
    }

    [Fact]
    public void Signature_AnotherFfmpegBuild_AnotherDigest()
    {
        using var folder = new TempFolder();
        var older = GeneratedMedia.MakeFakeTool(folder.Path, "ffmpeg-5", "echo 'ffmpeg version 5.1.6-0+deb12u1 libavcodec 59. 37.100'");
        var newer = GeneratedMedia.MakeFakeTool(folder.Path, "ffmpeg-6", "echo 'ffmpeg version 6.1.1 libavcodec 60. 31.102'");
        var probe = FfmpegTools.Locate().Ffprobe;

        Assert.NotEqual(RenderEnvironment.Signature(new FfmpegTools(older, probe)), RenderEnvironment.Signature(new FfmpegTools(newer, probe)));
    }

    [Fact]
    public void Signature_FfmpegMissing_StillADigest()
    {
        var missing = RenderEnvironment.Signature(new FfmpegTools("/nonexistent/ffmpeg", "/nonexistent/ffprobe"));

        Assert.Matches("^[0-9a-f]{16}$", missing);
        Assert.NotEqual(RenderEnvironment.Signature(FfmpegTools.Locate()), missing);
    }
}
