using SkiaSharp;

namespace JanitorVideo.Render.Tests.Imaging.Media;

/// <summary>The backgrounds a test figure can stand on.</summary>
public enum Backdrop
{
    Plain,
    Gradient,
    Transparent,
}

/// <summary>
/// Draws a character-like figure (hair, head, dress, arms, legs) standing in the middle of a
/// picture, and the figure's true silhouette for comparing masks against.
/// </summary>
internal static class TestPictures
{
    public static readonly SKColor Dress = new(200, 40, 60);
    public static readonly SKColor PlainBackdrop = new(176, 196, 214);
    public static readonly SKColor SkyTop = new(120, 165, 225);
    public static readonly SKColor GroundBottom = new(70, 130, 80);

    public static SKBitmap Figure(int width, int height, Backdrop backdrop)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        switch (backdrop)
        {
            case Backdrop.Plain:
                canvas.Clear(PlainBackdrop);
                break;
            case Backdrop.Gradient:
                using (var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, height), [SkyTop, GroundBottom], SKShaderTileMode.Clamp))
                using (var paint = new SKPaint { Shader = shader })
                {
                    canvas.DrawRect(0, 0, width, height, paint);
                }
                break;
            default:
                canvas.Clear(SKColors.Transparent);
                break;
        }
        DrawFigure(canvas, width, height, silhouette: null);
        return bitmap;
    }

    /// <summary>True where the figure is (its pixels at least half covered).</summary>
    public static bool[] Silhouette(int width, int height)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            DrawFigure(canvas, width, height, silhouette: SKColors.White);
        }
        var truth = new bool[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                truth[(y * width) + x] = bitmap.GetPixel(x, y).Alpha >= 128;
            }
        }
        return truth;
    }

    public static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality = 92)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    /// <summary>A bitmap split into two colours: left half and right half.</summary>
    public static SKBitmap Halves(int width, int height, SKColor left, SKColor right)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(right);
        using var paint = new SKPaint { Color = left };
        canvas.DrawRect(0, 0, width / 2f, height, paint);
        return bitmap;
    }

    private static void DrawFigure(SKCanvas canvas, int w, int h, SKColor? silhouette)
    {
        using var paint = new SKPaint { IsAntialias = true };
        SKPaint Fill(SKColor colour)
        {
            paint.Color = silhouette ?? colour;
            return paint;
        }
        var cx = w / 2f;
        // Legs, then the dress over them, arms, hair behind the head, head.
        canvas.DrawRect(cx - (0.09f * w), 0.74f * h, 0.06f * w, 0.17f * h, Fill(new SKColor(235, 205, 175)));
        canvas.DrawRect(cx + (0.03f * w), 0.74f * h, 0.06f * w, 0.17f * h, Fill(new SKColor(235, 205, 175)));
        using (var builder = new SKPathBuilder())
        {
            builder.MoveTo(cx - (0.10f * w), 0.36f * h);
            builder.LineTo(cx + (0.10f * w), 0.36f * h);
            builder.LineTo(cx + (0.20f * w), 0.78f * h);
            builder.LineTo(cx - (0.20f * w), 0.78f * h);
            builder.Close();
            using var dress = builder.Detach();
            canvas.DrawPath(dress, Fill(Dress));
        }
        canvas.DrawRoundRect(cx - (0.19f * w), 0.37f * h, 0.07f * w, 0.25f * h, 0.03f * w, 0.03f * w, Fill(new SKColor(230, 195, 165)));
        canvas.DrawRoundRect(cx + (0.12f * w), 0.37f * h, 0.07f * w, 0.25f * h, 0.03f * w, 0.03f * w, Fill(new SKColor(230, 195, 165)));
        canvas.DrawOval(cx, 0.25f * h, 0.16f * w, 0.13f * h, Fill(new SKColor(80, 45, 35)));
        canvas.DrawOval(cx, 0.26f * h, 0.12f * w, 0.09f * h, Fill(new SKColor(250, 220, 190)));
    }
}
