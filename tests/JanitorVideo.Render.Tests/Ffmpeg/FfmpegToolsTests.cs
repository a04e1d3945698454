using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Render.Tests.Ffmpeg;

public sealed class FfmpegToolsTests
{
    [Fact]
    public void Locate_OnThisMachine_FindsRunnableTools()
    {
        var tools = FfmpegTools.Locate();

        Assert.True(File.Exists(tools.Ffmpeg), tools.Ffmpeg);
        Assert.True(File.Exists(tools.Ffprobe), tools.Ffprobe);
    }

    [Fact]
    public void Locate_EmptyPath_ThrowsRenderInputExceptionWithInstallAdvice()
    {
        var error = Assert.Throws<RenderInputException>(() => FfmpegTools.Locate(name => name == "PATH" ? string.Empty : null));

        Assert.Equal(FfmpegTools.NotInstalledMessage, error.Message);
        Assert.Contains("apt-get install ffmpeg", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_PathWithoutFfprobe_ThrowsRenderInputException()
    {
        using var folder = new TempFolder();
        GeneratedMedia.MakeFakeTool(folder.Path, "ffmpeg", "exit 0");

        Assert.Throws<RenderInputException>(() => FfmpegTools.Locate(name => name == "PATH" ? folder.Path : null));
    }

    [Fact]
    public void Locate_EnvironmentOverride_IsUsed()
    {
        using var folder = new TempFolder();
        var ffmpeg = GeneratedMedia.MakeFakeTool(folder.Path, "my-ffmpeg", "exit 0");
        var ffprobe = GeneratedMedia.MakeFakeTool(folder.Path, "my-ffprobe", "exit 0");
        var environment = new Dictionary<string, string> { ["JANITOR_FFMPEG"] = ffmpeg, ["JANITOR_FFPROBE"] = ffprobe, ["PATH"] = string.Empty };

        var tools = FfmpegTools.Locate(environment.GetValueOrDefault);

        Assert.Equal(new FfmpegTools(ffmpeg, ffprobe), tools);
    }

    [Fact]
    public void Locate_EnvironmentOverridePointingNowhere_NamesTheVariable()
    {
        var environment = new Dictionary<string, string> { ["JANITOR_FFMPEG"] = "/nonexistent/ffmpeg", ["PATH"] = "/usr/bin" };

        var error = Assert.Throws<RenderInputException>(() => FfmpegTools.Locate(environment.GetValueOrDefault));

        Assert.Contains("JANITOR_FFMPEG", error.Message, StringComparison.Ordinal);
    }
}
