using SkiaSharp;

namespace JanitorVideo.Render.Imaging;

/// <summary>
/// Turns a decoded bitmap upright according to its EXIF orientation. Each of the eight
/// orientations is a walk through the stored pixels: a start corner and a step for x and for y.
/// </summary>
internal static class ImageOrientation
{
    /// <summary>True when the upright image has width and height swapped.</summary>
    public static bool SwapsAxes(SKEncodedOrigin origin) => origin is
        SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    /// <summary>
    /// Where upright pixel (x, y) is read from in a stored image of
    /// <paramref name="width"/>×<paramref name="height"/>: stored = start + x·u + y·v.
    /// </summary>
    public static (int StartX, int StartY, int Ux, int Uy, int Vx, int Vy) Walk(SKEncodedOrigin origin, int width, int height)
    {
        int w = width - 1, h = height - 1;
        return origin switch
        {
            SKEncodedOrigin.TopRight => (w, 0, -1, 0, 0, 1),
            SKEncodedOrigin.BottomRight => (w, h, -1, 0, 0, -1),
            SKEncodedOrigin.BottomLeft => (0, h, 1, 0, 0, -1),
            SKEncodedOrigin.LeftTop => (0, 0, 0, 1, 1, 0),
            SKEncodedOrigin.RightTop => (0, h, 0, -1, 1, 0),
            SKEncodedOrigin.RightBottom => (w, h, 0, -1, -1, 0),
            SKEncodedOrigin.LeftBottom => (w, 0, 0, 1, -1, 0),
            _ => (0, 0, 1, 0, 0, 1),
        };
    }

    /// <summary>
    /// The upright bitmap. Returns <paramref name="stored"/> itself when it is already upright;
    /// otherwise a new bitmap, and <paramref name="stored"/> is disposed.
    /// </summary>
    public static unsafe SKBitmap Apply(SKBitmap stored, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft or 0)
        {
            return stored;
        }
        int sw = stored.Width, sh = stored.Height;
        var (ow, oh) = SwapsAxes(origin) ? (sh, sw) : (sw, sh);
        var upright = new SKBitmap(new SKImageInfo(ow, oh, SKColorType.Bgra8888, SKAlphaType.Premul));
        var (x0, y0, ux, uy, vx, vy) = Walk(origin, sw, sh);
        var src = (uint*)stored.GetPixels();
        var dst = (uint*)upright.GetPixels();
        int srcStride = stored.RowBytes / 4, dstStride = upright.RowBytes / 4;
        long stepX = ux + ((long)uy * srcStride);
        long stepY = vx + ((long)vy * srcStride);
        long rowStart = x0 + ((long)y0 * srcStride);
        for (var y = 0; y < oh; y++, rowStart += stepY)
        {
            var d = dst + ((long)y * dstStride);
            var s = rowStart;
            for (var x = 0; x < ow; x++, s += stepX)
            {
                d[x] = src[s];
            }
        }
        stored.Dispose();
        return upright;
    }
}
