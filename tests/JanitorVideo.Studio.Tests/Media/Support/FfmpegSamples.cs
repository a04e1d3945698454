using System.Collections.Concurrent;
using System.Diagnostics;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Studio.Tests.Media.Support;

/// <summary>
/// Real media made by FFmpeg from its test sources, once per test class and on first use: animated
/// GIF and WEBP, every accepted video container and audio format.
/// </summary>
public sealed class FfmpegSamples : IDisposable
{
    // 1 s of a 160x120 test pattern at 10 fps, and 1 s of a 440 Hz tone.
    private const string Picture = "testsrc=size=160x120:rate=10:duration=1";
    private const string Tone = "sine=frequency=440:sample_rate=44100:duration=1";

    private static readonly Dictionary<string, string[]> Recipes = new(StringComparer.Ordinal)
    {
        ["still.gif"] = ["-f", "lavfi", "-i", "color=c=red:s=64x48:d=1", "-frames:v", "1"],
        ["animated.gif"] = ["-f", "lavfi", "-i", Picture, "-loop", "0"],
        ["animated.webp"] = ["-f", "lavfi", "-i", Picture, "-c:v", "libwebp_anim", "-lossless", "0", "-loop", "0"],
        ["clip.mp4"] = ["-f", "lavfi", "-i", Picture, "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"],
        ["clip.mov"] = ["-f", "lavfi", "-i", Picture, "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"],
        ["clip.avi"] = ["-f", "lavfi", "-i", Picture, "-c:v", "mpeg4"],
        ["clip.webm"] = ["-f", "lavfi", "-i", Picture, "-c:v", "libvpx", "-b:v", "200k", "-deadline", "realtime"],
        ["clip.mkv"] = ["-f", "lavfi", "-i", Picture, "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"],
        ["tone.mp3"] = ["-f", "lavfi", "-i", Tone, "-c:a", "libmp3lame"],
        ["tone.wav"] = ["-f", "lavfi", "-i", Tone, "-c:a", "pcm_s16le"],
        ["tone.m4a"] = ["-f", "lavfi", "-i", Tone, "-c:a", "aac"],
        ["tone.aac"] = ["-f", "lavfi", "-i", Tone, "-c:a", "aac", "-f", "adts"],
        ["song.mp4"] = ["-f", "lavfi", "-i", Tone, "-c:a", "aac"],
    };

    private readonly TempFolder _folder = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _made = new(StringComparer.Ordinal);

    public static FfmpegTools Tools { get; } = FfmpegTools.Locate();

    /// <summary>The path of the sample named <paramref name="name"/> (see the recipes), made on first use.</summary>
    public Task<string> PathAsync(string name) =>
        _made.GetOrAdd(name, key => new Lazy<Task<string>>(() => MakeAsync(key))).Value;

    public void Dispose() => _folder.Dispose();

    private async Task<string> MakeAsync(string name)
    {
        var path = Path.Combine(_folder.Path, name);
        var info = new ProcessStartInfo(Tools.Ffmpeg)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-v", "error", "-y", .. Recipes[name], path])
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var errors = process.StandardError.ReadToEndAsync();
        var drain = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        await Deadline.ExitAsync(process, $"ffmpeg making {name}");
        await drain;
        Assert.True(process.ExitCode == 0, $"ffmpeg could not make {name}: {await errors}");
        return path;
    }
}
