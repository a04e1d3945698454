using System.Buffers.Binary;
using System.Diagnostics;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Render.Tests.Ffmpeg;

/// <summary>Test media made on the spot: yuv420p frames drawn here, audio from FFmpeg's lavfi sources.</summary>
internal static class GeneratedMedia
{
    public static FfmpegTools Tools { get; } = FfmpegTools.Locate();

    /// <summary>A diagonal luma gradient that slides a few pixels per frame, over a softly tinted chroma.</summary>
    public static byte[] MovingGradient(int width, int height, int frameIndex)
    {
        var frame = new byte[width * height * 3 / 2];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                frame[(y * width) + x] = (byte)(x + y + (frameIndex * 4));
            }
        }

        var chroma = width * height / 4;
        for (var i = 0; i < chroma; i++)
        {
            frame[(width * height) + i] = (byte)(96 + (frameIndex % 64));
            frame[(width * height) + chroma + i] = 160;
        }

        return frame;
    }

    /// <summary>Renders a lavfi audio source (e.g. <c>aevalsrc=…</c>) to a file; the extension picks the format.</summary>
    public static async Task MakeAudioAsync(string source, string path)
    {
        var result = await RunFfmpegAsync(["-v", "error", "-y", "-f", "lavfi", "-i", source, path]);
        Assert.True(result.ExitCode == 0, $"ffmpeg could not make {path}: {result.Errors}");
    }

    /// <summary>A still PNG (an image, not audio) made by FFmpeg.</summary>
    public static async Task MakeImageAsync(string path)
    {
        var result = await RunFfmpegAsync(["-v", "error", "-y", "-f", "lavfi", "-i", "color=c=red:s=64x64:d=1", "-frames:v", "1", path]);
        Assert.True(result.ExitCode == 0, $"ffmpeg could not make {path}: {result.Errors}");
    }

    /// <summary>Runs FFmpeg with <paramref name="arguments"/> (inputs, codecs, flags) writing <paramref name="path"/>.</summary>
    public static async Task MakeVideoAsync(string path, params string[] arguments)
    {
        var result = await RunFfmpegAsync(["-v", "error", "-y", .. arguments, path]);
        Assert.True(result.ExitCode == 0, $"ffmpeg could not make {path}: {result.Errors}");
    }

    /// <summary>The first audio stream of a file, decoded to mono floats at 48 kHz.</summary>
    public static async Task<float[]> DecodeMonoAsync(string path)
    {
        var result = await RunFfmpegAsync(["-v", "error", "-i", path, "-map", "0:a:0", "-f", "f32le", "-ac", "1", "-ar", "48000", "pipe:1"]);
        Assert.True(result.ExitCode == 0, $"ffmpeg could not decode {path}: {result.Errors}");
        var samples = new float[result.Output.Length / 4];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = BinaryPrimitives.ReadSingleLittleEndian(result.Output.AsSpan(i * 4));
        }

        return samples;
    }

    /// <summary>Every video frame of a yuv420p file, decoded to its luma plane as stored (one byte a pixel, no range conversion).</summary>
    public static async Task<byte[][]> DecodeLumaAsync(string path, int width, int height)
    {
        var result = await RunFfmpegAsync(["-v", "error", "-i", path, "-map", "0:v:0", "-f", "rawvideo", "-pix_fmt", "yuv420p", "pipe:1"]);
        Assert.True(result.ExitCode == 0, $"ffmpeg could not decode {path}: {result.Errors}");
        return [.. result.Output.Chunk(width * height * 3 / 2).Select(frame => frame[..(width * height)])];
    }

    /// <summary>Root-mean-square level of the samples between two times (48 kHz).</summary>
    public static double Rms(float[] samples, double fromSeconds, double toSeconds)
    {
        var from = (int)(fromSeconds * 48000);
        var to = Math.Min(samples.Length, (int)(toSeconds * 48000));
        Assert.True(to > from, $"The audio is only {samples.Length / 48000.0:0.###} s long; wanted {fromSeconds}-{toSeconds} s.");
        var sum = 0.0;
        for (var i = from; i < to; i++)
        {
            sum += samples[i] * (double)samples[i];
        }

        return Math.Sqrt(sum / (to - from));
    }

    /// <summary>Writes an executable shell script that stands in for FFmpeg (the project's tests run on Linux).</summary>
    public static string MakeFakeTool(string folder, string name, string script)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "#!/bin/sh\n" + script + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    private static async Task<(int ExitCode, byte[] Output, string Errors)> RunFfmpegAsync(IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(Tools.Ffmpeg)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        using var output = new MemoryStream();
        var errors = process.StandardError.ReadToEndAsync();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        await Deadline.ExitAsync(process, "ffmpeg");
        await copy;
        return (process.ExitCode, output.ToArray(), await errors);
    }
}
