using SkiaSharp;

namespace JanitorVideo.Render.Framing;

/// <summary>
/// Paints what fills the stage around the image, built from the image itself: a blurred, dimmed
/// cover of opaque art, or for transparent character art a gradient from its palette with a soft
/// light behind the character. Done once per clip.
/// </summary>
public static class BackdropPainter
{
    public static void PaintBlurredFill(SKCanvas stage, SKBitmap image, int stageWidth, int stageHeight)
    {
        // Shrink to an eighth first, blur that, and let the bilinear upscale soften it further:
        // the result is a haze anyway, and blurring at full size costs hundreds of milliseconds.
        var smallWidth = Math.Max(1, stageWidth / 8);
        var smallHeight = Math.Max(1, stageHeight / 8);
        using var shrunk = new SKBitmap(new SKImageInfo(smallWidth, smallHeight, SKColorType.Bgra8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(shrunk))
        using (var source = SKImage.FromBitmap(image))
        {
            var scale = Math.Max((float)smallWidth / image.Width, (float)smallHeight / image.Height) * 1.1f;
            var width = image.Width * scale;
            var height = image.Height * scale;
            canvas.DrawImage(source, new SKRect((smallWidth - width) / 2, (smallHeight - height) / 2, (smallWidth + width) / 2, (smallHeight + height) / 2),
                new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), null);
        }
        using var small = new SKBitmap(shrunk.Info);
        using (var canvas = new SKCanvas(small))
        using (var shrunkImage = SKImage.FromBitmap(shrunk))
        using (var blurAndDim = new SKPaint
        {
            ImageFilter = SKImageFilter.CreateBlur(smallWidth / 40f, smallWidth / 40f, SKShaderTileMode.Clamp),
            // Dimmed and a little desaturated, so the image itself stays the subject. Applied at the
            // small size: a colour filter on the full stage would take Skia's slow float path.
            ColorFilter = SKColorFilter.CreateColorMatrix(
            [
                0.50f, 0.06f, 0.02f, 0, 0,
                0.03f, 0.52f, 0.03f, 0, 0,
                0.02f, 0.06f, 0.50f, 0, 0,
                0, 0, 0, 1, 0,
            ]),
        })
        {
            canvas.DrawImage(shrunkImage, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), blurAndDim);
        }
        using var smallImage = SKImage.FromBitmap(small);
        stage.DrawImage(smallImage, new SKRect(0, 0, stageWidth, stageHeight), new SKSamplingOptions(SKFilterMode.Linear), null);
    }

    public static void PaintGradient(SKCanvas stage, SKBitmap character, NormalizedRect subject, int stageWidth, int stageHeight, int seed)
    {
        var average = AverageColour(character);
        var top = Mix(average, new SKColor(0x14, 0x12, 0x2A), 0.72f);
        var bottom = Mix(average, new SKColor(0x06, 0x06, 0x0C), 0.85f);
        using (var gradient = new SKPaint())
        {
            gradient.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, stageHeight), [top, bottom], SKShaderTileMode.Clamp);
            stage.DrawRect(0, 0, stageWidth, stageHeight, gradient);
        }
        var centre = new SKPoint((float)(subject.CenterX * stageWidth), (float)((subject.Top + subject.Height * 0.35) * stageHeight));
        var radius = (float)(Math.Max(subject.Width * stageWidth, subject.Height * stageHeight) * 0.75);
        using (var light = new SKPaint { IsAntialias = true })
        {
            var glow = Mix(average, SKColors.White, 0.55f);
            light.Shader = SKShader.CreateRadialGradient(centre, radius,
                [glow.WithAlpha(110), glow.WithAlpha(40), glow.WithAlpha(0)], [0, 0.45f, 1], SKShaderTileMode.Clamp);
            stage.DrawCircle(centre, radius, light);
        }
        // A few soft out-of-focus lights, for depth behind the character.
        var random = new Random(seed);
        using var bokeh = new SKPaint { IsAntialias = true };
        for (var i = 0; i < 14; i++)
        {
            var x = (float)random.NextDouble() * stageWidth;
            var y = (float)random.NextDouble() * stageHeight * 0.8f;
            var r = stageWidth * (0.02f + (float)random.NextDouble() * 0.05f);
            var tint = Mix(average, SKColors.White, 0.7f);
            bokeh.Shader = SKShader.CreateRadialGradient(new SKPoint(x, y), r, [tint.WithAlpha(34), tint.WithAlpha(0)], SKShaderTileMode.Clamp);
            stage.DrawCircle(x, y, r, bokeh);
        }
    }

    /// <summary>The alpha-weighted average colour of an image (premultiplied pixels), sampled on a grid.</summary>
    private static unsafe SKColor AverageColour(SKBitmap image)
    {
        long r = 0, g = 0, b = 0, a = 0;
        var pixels = (uint*)image.GetPixels();
        var stride = image.RowBytes / 4;
        var step = Math.Max(1, Math.Min(image.Width, image.Height) / 64);
        for (var y = 0; y < image.Height; y += step)
        {
            for (var x = 0; x < image.Width; x += step)
            {
                var p = pixels[(long)y * stride + x];
                b += p & 0xFF;
                g += p >> 8 & 0xFF;
                r += p >> 16 & 0xFF;
                a += p >> 24;
            }
        }
        return a == 0
            ? new SKColor(0x40, 0x40, 0x60)
            : new SKColor((byte)(r * 255 / a), (byte)(g * 255 / a), (byte)(b * 255 / a));
    }

    private static SKColor Mix(SKColor a, SKColor b, float t) => new(
        (byte)(a.Red + (b.Red - a.Red) * t),
        (byte)(a.Green + (b.Green - a.Green) * t),
        (byte)(a.Blue + (b.Blue - a.Blue) * t));
}
