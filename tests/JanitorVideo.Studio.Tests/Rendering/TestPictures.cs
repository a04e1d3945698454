using System.Diagnostics;
using JanitorVideo.TestSupport;
using SkiaSharp;

namespace JanitorVideo.Studio.Tests.Rendering;

/// <summary>Pictures and media the render tests upload, drawn here, and frames read back from a video.</summary>
internal static class TestPictures
{
    /// <summary>An opaque 720x1280 scene in one dominant colour, with a darker figure and a horizon, and nothing white.</summary>
    public static string Scene(string path, SKColor colour)
    {
        const int width = 720, height = 1280;
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(colour);
            using var ground = new SKPaint { Color = Darker(colour, 0.6f), IsAntialias = true };
            canvas.DrawRect(0, height * 0.7f, width, height * 0.3f, ground);
            using var figure = new SKPaint { Color = Darker(colour, 0.35f), IsAntialias = true };
            canvas.DrawRoundRect(SKRect.Create(width * 0.38f, height * 0.35f, width * 0.24f, height * 0.4f), 24, 24, figure);
            canvas.DrawCircle(width * 0.5f, height * 0.3f, width * 0.09f, figure);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        data.SaveTo(file);
        return path;
    }

    /// <summary>A one-second 720x1280 MP4 that is <paramref name="colour"/> throughout (FFmpeg's colour source).</summary>
    public static string Video(string path, string colour)
    {
        TestArt.Ffmpeg("-f", "lavfi", "-i", $"color=c={colour}:size=720x1280:rate=30:duration=1", "-c:v", "libx264", "-pix_fmt", "yuv420p", path);
        return path;
    }

    /// <summary>A one-second 440 Hz tone as a WAV file: an uploaded song, as far as the renderer can tell.</summary>
    public static string Tone(string path)
    {
        TestArt.Ffmpeg("-f", "lavfi", "-i", "sine=frequency=440:duration=1", path);
        return path;
    }

    /// <summary>The frame shown at <paramref name="seconds"/>, as RGB bytes at the video's full size.</summary>
    public static byte[] FrameAt(string video, double seconds)
    {
        var info = new ProcessStartInfo("ffmpeg") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-v", "error", "-ss", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), "-i", video, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1" })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEndAsync();
        using var bytes = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(bytes);
        Deadline.Exit(process, "ffmpeg reading a frame");
        copy.GetAwaiter().GetResult();
        Assert.True(process.ExitCode == 0, $"ffmpeg could not read a frame: {errors.Result}");
        return bytes.ToArray();
    }

    /// <summary>The mean red, green and blue of a frame.</summary>
    public static (double Red, double Green, double Blue) MeanColour(byte[] rgb)
    {
        long red = 0, green = 0, blue = 0;
        for (var i = 0; i + 2 < rgb.Length; i += 3)
        {
            red += rgb[i];
            green += rgb[i + 1];
            blue += rgb[i + 2];
        }

        var pixels = rgb.Length / 3.0;
        return (red / pixels, green / pixels, blue / pixels);
    }

    /// <summary>How many near-white pixels the top third of a frame has: where a title sits.</summary>
    public static int WhitePixelsAtTop(byte[] rgb, int width, int height)
    {
        var count = 0;
        for (var i = 0; i < width * (height / 3) * 3; i += 3)
        {
            if (rgb[i] > 215 && rgb[i + 1] > 215 && rgb[i + 2] > 215)
            {
                count++;
            }
        }

        return count;
    }

    private static SKColor Darker(SKColor colour, float factor) =>
        new((byte)(colour.Red * factor), (byte)(colour.Green * factor), (byte)(colour.Blue * factor));
}
