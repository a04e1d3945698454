namespace JanitorVideo.Render.Imaging;

/// <summary>
/// Erosion, dilation, opening and closing of a 0/1 plane with a square of the given radius,
/// each a separable pass of running counts, so the cost does not grow with the radius.
/// </summary>
internal static class BinaryMorphology
{
    /// <summary>Removes specks smaller than the square.</summary>
    public static void Open(byte[] mask, int width, int height, int radius)
    {
        Erode(mask, width, height, radius);
        Dilate(mask, width, height, radius);
    }

    /// <summary>Closes gaps and notches narrower than the square.</summary>
    public static void Close(byte[] mask, int width, int height, int radius)
    {
        Dilate(mask, width, height, radius);
        Erode(mask, width, height, radius);
    }

    public static void Dilate(byte[] mask, int width, int height, int radius) => Filter(mask, width, height, radius, any: true);

    public static void Erode(byte[] mask, int width, int height, int radius) => Filter(mask, width, height, radius, any: false);

    // any: a pixel becomes 1 when any neighbour is 1 (dilate); else only when all are (erode).
    // Outside the picture counts as background for dilation and as foreground for erosion, so
    // a subject cut by the frame edge keeps its edge.
    private static void Filter(byte[] mask, int width, int height, int radius, bool any)
    {
        if (radius <= 0)
        {
            return;
        }
        var line = new byte[Math.Max(width, height)];
        var result = new byte[Math.Max(width, height)];
        for (var y = 0; y < height; y++)
        {
            mask.AsSpan(y * width, width).CopyTo(line);
            FilterLine(line, result, width, radius, any);
            result.AsSpan(0, width).CopyTo(mask.AsSpan(y * width, width));
        }
        for (var x = 0; x < width; x++)
        {
            for (var y = 0; y < height; y++)
            {
                line[y] = mask[(y * width) + x];
            }
            FilterLine(line, result, height, radius, any);
            for (var y = 0; y < height; y++)
            {
                mask[(y * width) + x] = result[y];
            }
        }
    }

    private static void FilterLine(byte[] line, byte[] result, int length, int radius, bool any)
    {
        byte outside = any ? (byte)0 : (byte)1;
        var count = 0;
        for (var i = -radius; i <= radius; i++)
        {
            count += i >= 0 && i < length ? line[i] : outside;
        }
        var window = (2 * radius) + 1;
        for (var i = 0; i < length; i++)
        {
            result[i] = any ? (byte)(count > 0 ? 1 : 0) : (byte)(count == window ? 1 : 0);
            var enter = i + radius + 1;
            var leave = i - radius;
            count += (enter < length ? line[enter] : outside) - (leave >= 0 ? line[leave] : outside);
        }
    }
}
