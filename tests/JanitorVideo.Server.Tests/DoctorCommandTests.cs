using System.Diagnostics;
using JanitorVideo.Server.Tests.Support;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Server.Tests;

/// <summary>janitor-video doctor: what this machine lacks, and how to fix it.</summary>
public sealed class DoctorCommandTests
{
    private static async Task<(int Code, string Stdout)> RunAsync(TempFolder folder, Action<ProcessStartInfo>? configure = null)
    {
        var info = ServerProcess.StartInfo(folder.Path, "doctor");
        configure?.Invoke(info);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await Deadline.ExitAsync(process, "janitor-video doctor");
        await stderr;
        return (process.ExitCode, await stdout);
    }

    [Fact]
    public async Task Doctor_ThisMachine_EverythingUsable()
    {
        using var folder = new TempFolder();

        var (code, stdout) = await RunAsync(folder);

        Assert.True(code == 0, stdout);
        Assert.Contains("ok   FFmpeg:", stdout);
        Assert.Contains("ok   Fonts:", stdout);
        Assert.Contains($"ok   Data folder: {folder.Path} (writable)", stdout);
        Assert.Contains("ok   Backend: studio", stdout);
    }

    [Fact]
    public async Task Doctor_MissingFfmpeg_SaysHowToInstallIt()
    {
        using var folder = new TempFolder();

        var (code, stdout) = await RunAsync(folder, info => info.Environment["JANITOR_FFMPEG"] = Path.Combine(folder.Path, "no-ffmpeg"));

        Assert.Equal(1, code);
        Assert.Contains("FIX  FFmpeg:", stdout);
        Assert.Contains("ensure-deps", stdout);
    }
}
