using System.Security.Cryptography;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Text;

/// <summary>Reads rendered text images the way a viewer judges them: how much ink, which colours, same or not.</summary>
internal static class SpritePixels
{
    /// <summary>Pixels at least <paramref name="minAlpha"/> opaque.</summary>
    public static int Ink(SKImage image, byte minAlpha = 200) => Count(image, pixel => pixel.Alpha >= minAlpha);

    public static int Count(SKImage image, Func<SKColor, bool> predicate)
    {
        using var bitmap = ToBitmap(image);
        var count = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                if (predicate(bitmap.GetPixel(x, y)))
                {
                    count++;
                }
            }
        }

        return count;
    }

    public static string Hash(SKImage image)
    {
        using var pixmap = image.PeekPixels();
        var bytes = pixmap.GetPixelSpan().ToArray();
        return $"{image.Width}x{image.Height}:{Convert.ToHexString(SHA256.HashData(bytes))}";
    }

    public static SKBitmap ToBitmap(SKImage image)
    {
        var bitmap = new SKBitmap(new SKImageInfo(image.Width, image.Height, SKColorType.Bgra8888, SKAlphaType.Premul));
        Assert.True(image.ReadPixels(bitmap.Info, bitmap.GetPixels(), bitmap.RowBytes, 0, 0));
        return bitmap;
    }
}
