using JanitorVideo.Render.Effects;

namespace JanitorVideo.Render.Tests.Effects;

/// <summary>BGRA test frames made in memory, and readers for the yuv420p planes the finisher writes.</summary>
internal static class TestFrames
{
    public static byte[] Solid(int width, int height, byte r, byte g, byte b)
    {
        var pixels = new byte[width * height * 4];
        for (int i = 0; i < pixels.Length; i += 4)
        {
            pixels[i] = b;
            pixels[i + 1] = g;
            pixels[i + 2] = r;
            pixels[i + 3] = 255;
        }

        return pixels;
    }

    public static byte[] Noise(int width, int height, int seed)
    {
        var random = new Random(seed);
        var pixels = new byte[width * height * 4];
        random.NextBytes(pixels);
        for (int i = 3; i < pixels.Length; i += 4)
        {
            pixels[i] = 255;
        }

        return pixels;
    }

    /// <summary>Left half one colour, right half another.</summary>
    public static byte[] Halves(int width, int height, (byte R, byte G, byte B) left, (byte R, byte G, byte B) right)
    {
        var pixels = new byte[width * height * 4];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                var (r, g, b) = x < width / 2 ? left : right;
                int i = ((y * width) + x) * 4;
                pixels[i] = b;
                pixels[i + 1] = g;
                pixels[i + 2] = r;
                pixels[i + 3] = 255;
            }
        }

        return pixels;
    }

    public static ReadOnlySpan<byte> Luma(byte[] yuv, int width, int height) => yuv.AsSpan(0, width * height);

    public static ReadOnlySpan<byte> U(byte[] yuv, int width, int height) => yuv.AsSpan(width * height, width * height / 4);

    public static ReadOnlySpan<byte> V(byte[] yuv, int width, int height) => yuv.AsSpan(width * height * 5 / 4, width * height / 4);

    public static double Mean(ReadOnlySpan<byte> values)
    {
        long sum = 0;
        foreach (byte value in values)
        {
            sum += value;
        }

        return (double)sum / values.Length;
    }

    /// <summary>Mean over a rectangle of a plane <paramref name="stride"/> wide.</summary>
    public static double Mean(ReadOnlySpan<byte> plane, int stride, int x0, int y0, int width, int height)
    {
        long sum = 0;
        for (int y = y0; y < y0 + height; y++)
        {
            for (int x = x0; x < x0 + width; x++)
            {
                sum += plane[(y * stride) + x];
            }
        }

        return (double)sum / (width * height);
    }

    public static byte[] Finish(FrameFinisher finisher, byte[] bgra, FrameLight light, bool useVector = true)
    {
        var yuv = new byte[finisher.OutputLength];
        finisher.Finish(bgra, yuv, light, useVector);
        return yuv;
    }
}
