using System.Diagnostics;
using JanitorVideo.Server.Tests.Support;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Server.Tests;

/// <summary>janitor-video animate, run as a user runs it: the MP4's path on stdout, progress and errors on stderr.</summary>
public sealed class AnimateCommandTests
{
    private static string SampleArt(string name) => RepositoryFolder.Combine("samples", "art", name);

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(TempFolder folder, params string[] arguments)
    {
        var info = ServerProcess.StartInfo(folder.Path, ["animate", .. arguments]);
        info.WorkingDirectory = folder.Path;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A short clip takes seconds; minutes mean a hang (a busy shared machine is slow, never this slow).
        await Deadline.ExitAsync(process, "janitor-video animate", TimeSpan.FromMinutes(4));
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Animate_SampleCharacter_PrintsOnlyThePathOfAVerifiedMp4()
    {
        using var folder = new TempFolder();

        var (code, stdout, stderr) = await RunAsync(folder, SampleArt("druid.png"),
            "--prompt", "gentle breathing with sparkles, title 'The Druid'", "--aspect", "1:1", "--resolution", "720", "--duration", "1", "-o", "druid.mp4");

        Assert.True(code == 0, stderr);
        var path = stdout.Trim();
        Assert.Equal(Path.Combine(folder.Path, "druid.mp4"), path);
        Assert.True(new FileInfo(path).Length > 10_000);
        Assert.Contains("720x720, 1 s, 30 frames", stderr);
        Assert.True(File.Exists(Path.Combine(folder.Path, "druid.preview.png")));
    }

    [Fact]
    public async Task Animate_NotAnImage_ExitsTwoWithPlainWordsAndNoOutput()
    {
        using var folder = new TempFolder();
        var notImage = folder.Write("notes.png", "just text"u8.ToArray());

        var (code, stdout, stderr) = await RunAsync(folder, notImage, "-o", "x.mp4");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("janitor-video animate:", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(File.Exists(Path.Combine(folder.Path, "x.mp4")));
    }

    [Fact]
    public async Task Animate_OutputNotMp4_RefusedBeforeRendering()
    {
        using var folder = new TempFolder();

        var (code, _, stderr) = await RunAsync(folder, SampleArt("druid.png"), "-o", "clip.mov");

        Assert.Equal(2, code);
        Assert.Contains("must be an .mp4 file", stderr);
    }
}
