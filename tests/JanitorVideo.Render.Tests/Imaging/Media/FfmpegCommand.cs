using System.Diagnostics;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Render.Tests.Imaging.Media;

/// <summary>Runs the system FFmpeg to make test media from its lavfi sources.</summary>
internal static class FfmpegCommand
{
    public static void Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])["-hide_banner", "-loglevel", "error", "-y", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg did not start");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        Deadline.Exit(process, "ffmpeg");
        output.GetAwaiter().GetResult();
        Assert.True(process.ExitCode == 0, $"ffmpeg failed: {errors.Result}");
    }
}
