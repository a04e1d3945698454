using System.Diagnostics;
using SkiaSharp;

namespace JanitorVideo.TestSupport;

/// <summary>Pictures drawn by the tests, in every accepted format, for the pipeline to animate.</summary>
public static class TestArt
{
    /// <summary>A character (a red body and a skin-toned head) on a transparent canvas.</summary>
    public static SKBitmap Character(int width = 400, int height = 600)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Transparent);
        using var body = new SKPaint { Color = new SKColor(0xD0, 0x30, 0x30), IsAntialias = true };
        canvas.DrawRoundRect(SKRect.Create(width * 0.3f, height * 0.35f, width * 0.4f, height * 0.55f), 20, 20, body);
        using var head = new SKPaint { Color = new SKColor(0xF0, 0xC8, 0xA0), IsAntialias = true };
        canvas.DrawCircle(width * 0.5f, height * 0.25f, width * 0.13f, head);
        return bitmap;
    }

    /// <summary>An opaque landscape scene: a sky gradient, a hill and a figure in the middle.</summary>
    public static SKBitmap Scene(int width = 640, int height = 480)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        using (var sky = new SKPaint())
        {
            sky.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, height),
                [new SKColor(0x40, 0x50, 0x90), new SKColor(0xE0, 0xA0, 0x70)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, sky);
        }
        using var hill = new SKPaint { Color = new SKColor(0x30, 0x50, 0x30), IsAntialias = true };
        canvas.DrawOval(SKRect.Create(-width * 0.2f, height * 0.7f, width * 1.4f, height * 0.6f), hill);
        using var figure = new SKPaint { Color = new SKColor(0xC0, 0x20, 0x40), IsAntialias = true };
        canvas.DrawRoundRect(SKRect.Create(width * 0.45f, height * 0.35f, width * 0.1f, height * 0.4f), 10, 10, figure);
        using var stripes = new SKPaint { Color = new SKColor(255, 255, 255, 60), StrokeWidth = 3 };
        for (var x = 0; x < width; x += 23)
        {
            canvas.DrawLine(x, 0, x + 40, height * 0.6f, stripes);
        }
        return bitmap;
    }

    /// <summary>Encodes <paramref name="bitmap"/> to <paramref name="path"/> (and disposes it); returns the path.</summary>
    public static string Save(SKBitmap bitmap, string path, SKEncodedImageFormat format, int quality = 92)
    {
        using (bitmap)
        using (var data = bitmap.Encode(format, quality))
        using (var file = File.Create(path))
        {
            data.SaveTo(file);
        }
        return path;
    }

    /// <summary>Runs FFmpeg (for GIFs and other media Skia does not write) and fails the test with its words if it fails.</summary>
    public static void Ffmpeg(params string[] arguments)
    {
        var info = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-v", "error", "-y" }.Concat(arguments))
        {
            info.ArgumentList.Add(argument);
        }
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        Deadline.Exit(process, "ffmpeg");
        Assert.True(process.ExitCode == 0, $"ffmpeg failed: {error.GetAwaiter().GetResult()}");
    }
}
