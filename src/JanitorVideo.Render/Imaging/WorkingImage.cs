using SkiaSharp;

namespace JanitorVideo.Render.Imaging;

/// <summary>A small Lab copy of a picture: the size subject estimation works at.</summary>
internal sealed class WorkingImage
{
    private WorkingImage(int width, int height)
    {
        Width = width;
        Height = height;
        L = new float[width * height];
        A = new float[width * height];
        B = new float[width * height];
    }

    public int Width { get; }

    public int Height { get; }

    public float[] L { get; }

    public float[] A { get; }

    public float[] B { get; }

    /// <summary>The picture area-averaged down to at most <paramref name="longSide"/> pixels on its long side.</summary>
    public static unsafe WorkingImage From(SKBitmap image, int longSide)
    {
        var scale = Math.Min(1.0, (double)longSide / Math.Max(image.Width, image.Height));
        var width = Math.Max(1, (int)Math.Round(image.Width * scale));
        var height = Math.Max(1, (int)Math.Round(image.Height * scale));
        using var bgra = image.ColorType == SKColorType.Bgra8888 && image.AlphaType == SKAlphaType.Premul
            ? null
            : image.Copy(SKColorType.Bgra8888);
        using var small = AreaDownsampler.Shrink(bgra ?? image, width, height);
        var work = new WorkingImage(width, height);
        for (var y = 0; y < height; y++)
        {
            var row = (uint*)((byte*)small.GetPixels() + ((long)y * small.RowBytes));
            for (var x = 0; x < width; x++)
            {
                var p = row[x];
                var (l, a, b) = LabColour.FromSrgb((byte)(p >> 16), (byte)(p >> 8), (byte)p);
                var i = (y * width) + x;
                work.L[i] = l;
                work.A[i] = a;
                work.B[i] = b;
            }
        }
        return work;
    }
}
