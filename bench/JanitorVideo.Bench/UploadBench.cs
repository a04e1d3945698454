using System.Diagnostics;
using JanitorVideo.Core.Media;
using JanitorVideo.Render.Ffmpeg;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace JanitorVideo.Bench;

/// <summary>
/// A file just under the 200 MB limit uploaded through the cloud client, as a user waits for it: the
/// built server over stdio with the cloud backend, talking to <c>janitor-video studio</c> on loopback,
/// driven by the MCP <c>upload</c> tool. Prints the server's resident memory when idle (after start-up
/// and one small call), its peak (the kernel's high-water mark) and the difference against the goal,
/// and the upload's time and throughput (the whole tool call, as a user waits for it: the studio's
/// inspection of the file included). The studio is another process: its memory is shown, not counted.
/// </summary>
internal static class UploadBench
{
    /// <summary>The issue's goal for the server's peak above its idle memory during the upload.</summary>
    private const double GoalMegabytes = 100;

    private const double Megabyte = 1024 * 1024;

    public static async Task RunAsync(string dll, int runs, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("janitor-upload-bench-").FullName;
        try
        {
            var media = Path.Combine(folder, "upload.mp4");
            var made = Stopwatch.StartNew();
            await MakeVideoAsync(media, MediaFormats.MaxUploadBytes - (4L << 20), cancellationToken);
            var size = new FileInfo(media).Length;
            Console.WriteLine($"upload: {size / Megabyte:0.0} MB MP4 (MPEG-4 Part 2 of noise, 1280x720, made with FFmpeg in {made.Elapsed.TotalSeconds:0.0} s; limit {MediaFormats.MaxUploadBytes / Megabyte:0} MB), " +
                              $"cloud backend over stdio → studio on loopback, {Environment.ProcessorCount} cores");

            await using var studio = await StudioUnderTest.StartAsync(dll, Path.Combine(folder, "studio"), cancellationToken);
            var environment = new Dictionary<string, string?>
            {
                ["JANITOR_BACKEND"] = "cloud",
                ["NEMO_API_URL"] = studio.Url.AbsoluteUri,
                ["HOME"] = Directory.CreateDirectory(Path.Combine(folder, "home")).FullName,
                ["NEMO_TOKEN"] = null,
                ["NEMO_CLIENT_ID"] = null,
            };
            var growths = new List<double>();
            for (var run = 1; run <= runs; run++)
            {
                growths.Add(await RunOnceAsync(run, dll, Path.Combine(folder, "data"), environment, studio.Pid, media, size, cancellationToken));
            }

            var worst = growths.Max();
            Console.WriteLine($"  peak above idle over {runs} run(s): median {Stats.Of(growths).Median:0.0} MB, max {worst:0.0} MB; goal under {GoalMegabytes:0} MB, " +
                              $"max/goal = {worst / GoalMegabytes:0.00} → {(worst < GoalMegabytes ? "PASS" : "MISS")}");
            Console.WriteLine($"  (the studio, a separate process, peaked at {ProcessMemory.Of(studio.Pid).PeakResidentMegabytes:0} MB receiving them; not counted)");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <returns>The server's peak above its idle memory, in MB.</returns>
    private static async Task<double> RunOnceAsync(int run, string dll, string dataDir, Dictionary<string, string?> environment, int studioPid,
        string media, long size, CancellationToken cancellationToken)
    {
        await using var client = await ServerUnderTest.ConnectAsync(dll, dataDir, environment, cancellationToken);
        var pid = ProcessMemory.ChildWith(dll, studioPid);
        Expect("get_credits", await client.CallToolAsync("get_credits", cancellationToken: cancellationToken));
        // A moment for start-up's background work to settle, so idle is idle.
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        var idle = ProcessMemory.Of(pid);
        var readBefore = ProcessMemory.BytesRead(pid);

        var clock = Stopwatch.StartNew();
        var answer = await client.CallToolAsync("upload", new Dictionary<string, object?> { ["files"] = new[] { media } }, cancellationToken: cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        var after = ProcessMemory.Of(pid);
        var readAfter = ProcessMemory.BytesRead(pid);
        Expect("upload", answer);
        if (run == 1)
        {
            Console.WriteLine($"  the server answered: {string.Join(" ", answer.Content.OfType<TextContentBlock>().Select(b => b.Text))}");
        }

        var growth = (after.PeakResidentBytes - idle.ResidentBytes) / Megabyte;
        Console.WriteLine($"  run {run}: idle {idle.ResidentMegabytes:0.0} MB (peak so far {idle.PeakResidentMegabytes:0.0} MB), " +
                          $"peak {after.PeakResidentMegabytes:0.0} MB → {growth:0.0} MB above idle (goal under {GoalMegabytes:0} MB: {(growth < GoalMegabytes ? "PASS" : "MISS")}); " +
                          $"upload {seconds:0.00} s → {size / Megabyte / seconds:0.0} MB/s " +
                          $"(the server read {(readAfter - readBefore) / Megabyte:0.0} MB of files meanwhile); " +
                          $"resident after {after.ResidentMegabytes:0.0} MB");
        return growth;
    }

    private static void Expect(string tool, CallToolResult result)
    {
        if (result.IsError == true)
        {
            var text = string.Join(" ", result.Content.OfType<TextContentBlock>().Select(b => b.Text));
            throw new InvalidOperationException($"{tool} failed: {text}");
        }
    }

    /// <summary>
    /// A genuine video the studio's inspection accepts, of nearly <paramref name="bytes"/>: noise frames
    /// barely compress, so FFmpeg's size limit ends it quickly (its moov is still written, so it plays).
    /// </summary>
    private static async Task MakeVideoAsync(string path, long bytes, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(FfmpegTools.Locate().Ffmpeg) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     "-v", "error", "-f", "rawvideo", "-pix_fmt", "yuv420p", "-s", "1280x720", "-r", "30", "-i", "/dev/urandom",
                     "-frames:v", "900", "-c:v", "mpeg4", "-q:v", "1", "-fs", bytes.ToString(System.Globalization.CultureInfo.InvariantCulture), "-y", path,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        using var ffmpeg = Process.Start(start) ?? throw new InvalidOperationException("FFmpeg did not start.");
        var errors = await ffmpeg.StandardError.ReadToEndAsync(cancellationToken);
        await ffmpeg.WaitForExitAsync(cancellationToken);
        if (ffmpeg.ExitCode != 0 || new FileInfo(path).Length is var length && (length < bytes / 2 || length > MediaFormats.MaxUploadBytes))
        {
            throw new InvalidOperationException($"FFmpeg could not make the upload ({ffmpeg.ExitCode}): {errors}");
        }
    }
}
