using SkiaSharp;

namespace JanitorVideo.Studio.Media;

/// <summary>A small JPEG of a picture: at most <see cref="MaxSide"/> pixels on its long side, transparency laid on white.</summary>
internal static class ImageThumbnail
{
    public const int MaxSide = 320;

    private const int Quality = 82;

    /// <summary>Writes the thumbnail of <paramref name="picture"/> (any size) to <paramref name="path"/>, replacing it atomically.</summary>
    public static void Write(SKBitmap picture, string path)
    {
        var (width, height) = Fit(picture.Width, picture.Height);
        using var thumbnail = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(thumbnail))
        {
            canvas.Clear(SKColors.White);
            using var image = SKImage.FromBitmap(picture);
            canvas.DrawImage(image, SKRect.Create(width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), null);
        }
        using var data = thumbnail.Encode(SKEncodedImageFormat.Jpeg, Quality);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                data.SaveTo(file);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>The size that fits within <see cref="MaxSide"/>, never larger than the picture.</summary>
    public static (int Width, int Height) Fit(int width, int height)
    {
        var scale = Math.Min(1.0, (double)MaxSide / Math.Max(width, height));
        return (Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
    }
}
