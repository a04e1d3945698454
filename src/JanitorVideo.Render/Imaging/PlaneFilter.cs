namespace JanitorVideo.Render.Imaging;

/// <summary>
/// Sampling, blurring and resizing of single-channel planes (row-major arrays). Edges repeat
/// the border value, so nothing darkens at the image border.
/// </summary>
internal static class PlaneFilter
{
    /// <summary>Bilinear sample; whole coordinates hit values exactly, outside clamps to the edge.</summary>
    public static float Bilinear(byte[] plane, int width, int height, float x, float y)
    {
        x = Math.Clamp(x, 0, width - 1);
        y = Math.Clamp(y, 0, height - 1);
        int x0 = (int)x, y0 = (int)y;
        int x1 = Math.Min(x0 + 1, width - 1), y1 = Math.Min(y0 + 1, height - 1);
        float fx = x - x0, fy = y - y0;
        var top = plane[(y0 * width) + x0] + ((plane[(y0 * width) + x1] - plane[(y0 * width) + x0]) * fx);
        var bottom = plane[(y1 * width) + x0] + ((plane[(y1 * width) + x1] - plane[(y1 * width) + x0]) * fx);
        return top + ((bottom - top) * fy);
    }

    /// <inheritdoc cref="Bilinear(byte[], int, int, float, float)"/>
    public static float Bilinear(float[] plane, int width, int height, float x, float y)
    {
        x = Math.Clamp(x, 0, width - 1);
        y = Math.Clamp(y, 0, height - 1);
        int x0 = (int)x, y0 = (int)y;
        int x1 = Math.Min(x0 + 1, width - 1), y1 = Math.Min(y0 + 1, height - 1);
        float fx = x - x0, fy = y - y0;
        var top = plane[(y0 * width) + x0] + ((plane[(y0 * width) + x1] - plane[(y0 * width) + x0]) * fx);
        var bottom = plane[(y1 * width) + x0] + ((plane[(y1 * width) + x1] - plane[(y1 * width) + x0]) * fx);
        return top + ((bottom - top) * fy);
    }

    /// <summary>
    /// Box blur of the given radius, <paramref name="passes"/> times (three passes approach a
    /// Gaussian), in place.
    /// </summary>
    public static void BoxBlur(float[] plane, int width, int height, int radius, int passes = 1)
    {
        if (radius <= 0)
        {
            return;
        }
        var line = new float[Math.Max(width, height)];
        var result = new float[Math.Max(width, height)];
        for (var pass = 0; pass < passes; pass++)
        {
            for (var y = 0; y < height; y++)
            {
                plane.AsSpan(y * width, width).CopyTo(line);
                BlurLine(line, result, width, radius);
                result.AsSpan(0, width).CopyTo(plane.AsSpan(y * width, width));
            }
            for (var x = 0; x < width; x++)
            {
                for (var y = 0; y < height; y++)
                {
                    line[y] = plane[(y * width) + x];
                }
                BlurLine(line, result, height, radius);
                for (var y = 0; y < height; y++)
                {
                    plane[(y * width) + x] = result[y];
                }
            }
        }
    }

    /// <summary>A 3×3 box blur of a byte plane, in place: the lightest feathering.</summary>
    public static void BoxBlur3(byte[] plane, int width, int height)
    {
        var sums = new ushort[plane.Length];
        for (var y = 0; y < height; y++)
        {
            var row = plane.AsSpan(y * width, width);
            var dst = sums.AsSpan(y * width, width);
            for (var x = 0; x < width; x++)
            {
                dst[x] = (ushort)(row[Math.Max(x - 1, 0)] + row[x] + row[Math.Min(x + 1, width - 1)]);
            }
        }
        for (var y = 0; y < height; y++)
        {
            var above = sums.AsSpan(Math.Max(y - 1, 0) * width, width);
            var here = sums.AsSpan(y * width, width);
            var below = sums.AsSpan(Math.Min(y + 1, height - 1) * width, width);
            var dst = plane.AsSpan(y * width, width);
            for (var x = 0; x < width; x++)
            {
                dst[x] = (byte)((above[x] + here[x] + below[x] + 4) / 9);
            }
        }
    }

    /// <summary>Bilinear resize, pixel centres aligned (for enlarging or mild shrinking).</summary>
    public static float[] Resize(float[] plane, int width, int height, int newWidth, int newHeight)
    {
        var result = new float[newWidth * newHeight];
        var (x0, x1, fx) = Taps(width, newWidth);
        var (y0, y1, fy) = Taps(height, newHeight);
        for (var y = 0; y < newHeight; y++)
        {
            var top = plane.AsSpan(y0[y] * width, width);
            var bottom = plane.AsSpan(y1[y] * width, width);
            var wy = fy[y];
            var dst = result.AsSpan(y * newWidth, newWidth);
            for (var x = 0; x < newWidth; x++)
            {
                var t = top[x0[x]] + ((top[x1[x]] - top[x0[x]]) * fx[x]);
                var b = bottom[x0[x]] + ((bottom[x1[x]] - bottom[x0[x]]) * fx[x]);
                dst[x] = t + ((b - t) * wy);
            }
        }
        return result;
    }

    /// <summary>
    /// Shrinks a byte plane by averaging every source pixel into the cell it falls in; values
    /// come out from 0 to 1.
    /// </summary>
    public static float[] Shrink(byte[] plane, int width, int height, int newWidth, int newHeight)
    {
        var sums = new float[newWidth * newHeight];
        var counts = new int[newWidth * newHeight];
        var cellOfX = new int[width];
        for (var x = 0; x < width; x++)
        {
            cellOfX[x] = (int)((long)x * newWidth / width);
        }
        for (var y = 0; y < height; y++)
        {
            var cellRow = (int)((long)y * newHeight / height) * newWidth;
            var row = plane.AsSpan(y * width, width);
            for (var x = 0; x < width; x++)
            {
                sums[cellRow + cellOfX[x]] += row[x];
                counts[cellRow + cellOfX[x]]++;
            }
        }
        for (var i = 0; i < sums.Length; i++)
        {
            sums[i] = counts[i] == 0 ? 0 : sums[i] / (255f * counts[i]);
        }
        return sums;
    }

    /// <summary>Source indices and weights for a centre-aligned bilinear resize along one axis.</summary>
    public static (int[] Low, int[] High, float[] Weight) Taps(int length, int newLength)
    {
        var low = new int[newLength];
        var high = new int[newLength];
        var weight = new float[newLength];
        var scale = (float)length / newLength;
        for (var i = 0; i < newLength; i++)
        {
            var s = Math.Clamp(((i + 0.5f) * scale) - 0.5f, 0, length - 1);
            low[i] = (int)s;
            high[i] = Math.Min(low[i] + 1, length - 1);
            weight[i] = s - low[i];
        }
        return (low, high, weight);
    }

    private static void BlurLine(float[] line, float[] result, int length, int radius)
    {
        var window = (2 * radius) + 1;
        var sum = 0f;
        for (var i = -radius; i <= radius; i++)
        {
            sum += line[Math.Clamp(i, 0, length - 1)];
        }
        for (var i = 0; i < length; i++)
        {
            result[i] = sum / window;
            sum += line[Math.Min(i + radius + 1, length - 1)] - line[Math.Max(i - radius, 0)];
        }
    }
}
