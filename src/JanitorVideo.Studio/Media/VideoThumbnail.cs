using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using JanitorVideo.Render.Ffmpeg;

namespace JanitorVideo.Studio.Media;

/// <summary>
/// A small JPEG of one frame of a video, grabbed by FFmpeg (a child process, arguments as a list,
/// no shell): at most <see cref="ImageThumbnail.MaxSide"/> pixels on its long side.
/// </summary>
internal static class VideoThumbnail
{
    /// <summary>The frame shown: a second in, or a third of the way through a shorter clip (first frames are often black).</summary>
    public static double MomentFor(double durationSeconds) =>
        durationSeconds > 0 ? Math.Min(1.0, durationSeconds / 3) : 0;

    /// <summary>Writes the thumbnail to <paramref name="path"/>; false when FFmpeg could not make one (nothing is left behind then).</summary>
    public static async Task<bool> TryWriteAsync(FfmpegTools tools, string videoPath, double durationSeconds, string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp.jpg";
        var side = ImageThumbnail.MaxSide.ToString(CultureInfo.InvariantCulture);
        try
        {
            var exitCode = await RunAsync(tools.Ffmpeg,
            [
                "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
                "-ss", MomentFor(durationSeconds).ToString("0.###", CultureInfo.InvariantCulture),
                .. MediaInput.Open(videoPath, MediaInput.DemuxerOf(videoPath)),
                "-map", "0:v:0", "-frames:v", "1",
                "-vf", $"scale='min({side},iw)':'min({side},ih)':force_original_aspect_ratio=decrease",
                "-q:v", "4", "-f", "image2", "-c:v", "mjpeg", "file:" + temp,
            ], cancellationToken);
            if (exitCode != 0 || !File.Exists(temp) || new FileInfo(temp).Length == 0)
            {
                File.Delete(temp);
                return false;
            }
            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    private static async Task<int> RunAsync(string executable, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        Process? process;
        try
        {
            process = Process.Start(info);
        }
        catch (Win32Exception)
        {
            return -1;
        }
        if (process is null)
        {
            return -1;
        }
        using (process)
        {
            // Our standard input may be the MCP channel: the child gets a closed one of its own.
            process.StandardInput.Close();
            var output = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
            var errors = process.StandardError.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
            try
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Kill(process);
                throw;
            }
            await Task.WhenAll(output, errors);
            return process.ExitCode;
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        catch (Win32Exception)
        {
            // Exiting as we asked.
        }
    }
}
