using JanitorVideo.Render.Compose;
using JanitorVideo.Render.Effects;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Effects;

/// <summary>Draws particle layers onto fresh transparent BGRA canvases and compares the pixels.</summary>
internal static class ParticleCanvas
{
    public static byte[] Draw(ParticleSystem system, SKSizeI size, double seconds, params ParticleLayer[] layers) =>
        Draw(system, size, seconds, SKColors.Transparent, useSkia: false, layers);

    /// <summary>
    /// The layers drawn over <paramref name="background"/>, as a frame draws them, or (with
    /// <paramref name="useSkia"/>) through Skia's atlas as before sprites were written directly.
    /// </summary>
    public static byte[] Draw(ParticleSystem system, SKSizeI size, double seconds, SKColor background, bool useSkia, params ParticleLayer[] layers)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Bgra8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(background);
            foreach (var layer in layers.Length == 0 ? [ParticleLayer.Behind, ParticleLayer.Front] : layers)
            {
                system.Draw(canvas, Pixels.Of(bitmap), seconds, layer, useSkia);
            }
        }

        return bitmap.GetPixelSpan().ToArray();
    }

    /// <summary>Pixels with any opacity.</summary>
    public static int Inked(byte[] pixels)
    {
        int count = 0;
        for (int i = 3; i < pixels.Length; i += 4)
        {
            if (pixels[i] > 0)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Total opacity, in pixels' worth of full opacity.</summary>
    public static double Coverage(byte[] pixels)
    {
        long sum = 0;
        for (int i = 3; i < pixels.Length; i += 4)
        {
            sum += pixels[i];
        }

        return sum / 255.0;
    }

    /// <summary>The largest difference of any byte, and how many bytes differ by more than one.</summary>
    public static (int Largest, int Differing) Difference(byte[] a, byte[] b)
    {
        int largest = 0, differing = 0;
        for (int i = 0; i < a.Length; i++)
        {
            int d = Math.Abs(a[i] - b[i]);
            largest = Math.Max(largest, d);
            if (d > 1)
            {
                differing++;
            }
        }

        return (largest, differing);
    }
}
