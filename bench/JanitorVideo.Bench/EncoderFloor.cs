using System.Diagnostics;
using System.Globalization;
using JanitorVideo.Render.Ffmpeg;

namespace JanitorVideo.Bench;

/// <summary>
/// What encoding a clip's frames costs on this machine, with nothing else to do: the MP4's frames
/// decoded to raw yuv420p in RAM (<c>/dev/shm</c> when present), then FFmpeg timed encoding exactly
/// those frames with our settings (scripts/bench-render.sh's floor: libx264 veryfast CRF 20,
/// yuv420p, +faststart, video only). The FFmpeg is the server's (<c>JANITOR_FFMPEG</c>, else the PATH).
/// </summary>
internal sealed class EncoderFloor(FfmpegTools tools, string scratch)
{
    private static readonly string[] OurSettings = ["-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-pix_fmt", "yuv420p", "-movflags", "+faststart"];

    /// <summary>A scratch folder in RAM when the machine has one, else under the temporary folder.</summary>
    public static EncoderFloor InRam(string name)
    {
        var root = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        var scratch = Path.Combine(root, name);
        Directory.CreateDirectory(scratch);
        return new EncoderFloor(FfmpegTools.Locate(), scratch);
    }

    /// <summary>The MP4's video: size, frame rate and frame count.</summary>
    public async Task<(int Width, int Height, string Fps, int Frames)> VideoOfAsync(string mp4, CancellationToken cancellationToken)
    {
        var lines = await RunAsync(tools.Ffprobe, cancellationToken, "-v", "error", "-select_streams", "v:0", "-count_packets",
            "-show_entries", "stream=width,height,r_frame_rate,nb_read_packets", "-of", "default=noprint_wrappers=1", mp4);
        var fields = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        return (int.Parse(fields["width"], CultureInfo.InvariantCulture), int.Parse(fields["height"], CultureInfo.InvariantCulture),
            fields["r_frame_rate"], int.Parse(fields["nb_read_packets"], CultureInfo.InvariantCulture));
    }

    /// <summary>The wall time of FFmpeg encoding <paramref name="mp4"/>'s exact frames from raw yuv420p in RAM.</summary>
    public async Task<TimeSpan> MeasureAsync(string mp4, CancellationToken cancellationToken) => (await MeasureWithCpuAsync(mp4, cancellationToken)).Wall;

    /// <summary>The same, with the CPU that FFmpeg used for it.</summary>
    public async Task<(TimeSpan Wall, TimeSpan Cpu)> MeasureWithCpuAsync(string mp4, CancellationToken cancellationToken)
    {
        var (width, height, fps, _) = await VideoOfAsync(mp4, cancellationToken);
        var raw = Path.Combine(scratch, "frames.yuv");
        var encoded = Path.Combine(scratch, "floor.mp4");
        try
        {
            await RunAsync(tools.Ffmpeg, cancellationToken, "-v", "error", "-i", mp4, "-f", "rawvideo", "-pix_fmt", "yuv420p", "-y", raw);
            var cpu = ProcessMemory.CpuOf(Environment.ProcessId).Children;
            var clock = Stopwatch.StartNew();
            await RunAsync(tools.Ffmpeg, cancellationToken,
                ["-v", "error", "-f", "rawvideo", "-pix_fmt", "yuv420p", "-s", $"{width}x{height}", "-r", fps, "-i", raw, .. OurSettings, "-y", encoded]);
            return (clock.Elapsed, ProcessMemory.CpuOf(Environment.ProcessId).Children - cpu);
        }
        finally
        {
            File.Delete(raw);
            File.Delete(encoded);
        }
    }

    /// <summary>Removes the scratch folder.</summary>
    public void Clean()
    {
        if (Directory.Exists(scratch))
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static async Task<string> RunAsync(string tool, CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(tool)} failed ({process.ExitCode}): {(await errors).Trim()}");
        }

        return await output;
    }
}
