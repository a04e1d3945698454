using SkiaSharp;

namespace JanitorVideo.Studio.Tests.Http.Support;

/// <summary>Pictures the tests upload.</summary>
internal static class TestImages
{
    /// <summary>A small character (a red body, a skin-toned head) on a transparent canvas, as PNG bytes.</summary>
    public static byte[] CharacterPng(int width = 240, int height = 360)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            using var body = new SKPaint { Color = new SKColor(0xD0, 0x30, 0x30), IsAntialias = true };
            canvas.DrawRoundRect(SKRect.Create(width * 0.3f, height * 0.35f, width * 0.4f, height * 0.55f), 12, 12, body);
            using var head = new SKPaint { Color = new SKColor(0xF0, 0xC8, 0xA0), IsAntialias = true };
            canvas.DrawCircle(width * 0.5f, height * 0.25f, width * 0.13f, head);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
