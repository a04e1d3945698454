namespace JanitorVideo.Render.Imaging;

/// <summary>
/// Turns a soft mask found at a small working size into an image-sized alpha plane with a
/// narrow, smooth edge: bilinear enlargement keeps the outline's shape, then the ramp is
/// steepened so the feather is a few pixels wide rather than one working pixel enlarged.
/// </summary>
internal static class MaskUpscale
{
    /// <summary>How wide the subject's soft edge is at full size, in pixels.</summary>
    public static float FeatherPixels(int width, int height) => Math.Max(1.5f, Math.Max(width, height) / 300f);

    /// <param name="soft">Working-size mask, 0..1, blurred so its edge ramp is about
    /// <paramref name="rampWorkingPixels"/> working pixels wide.</param>
    public static byte[] ToFullSize(float[] soft, int width, int height, int fullWidth, int fullHeight, float rampWorkingPixels)
    {
        var scale = Math.Max((float)fullWidth / width, (float)fullHeight / height);
        var steepness = Math.Max(1f, rampWorkingPixels * scale / FeatherPixels(fullWidth, fullHeight));
        var alpha = new byte[fullWidth * fullHeight];
        var (x0, x1, fx) = PlaneFilter.Taps(width, fullWidth);
        var (y0, y1, fy) = PlaneFilter.Taps(height, fullHeight);
        for (var y = 0; y < fullHeight; y++)
        {
            var top = soft.AsSpan(y0[y] * width, width);
            var bottom = soft.AsSpan(y1[y] * width, width);
            var wy = fy[y];
            var dst = alpha.AsSpan(y * fullWidth, fullWidth);
            for (var x = 0; x < fullWidth; x++)
            {
                var t = top[x0[x]] + ((top[x1[x]] - top[x0[x]]) * fx[x]);
                var b = bottom[x0[x]] + ((bottom[x1[x]] - bottom[x0[x]]) * fx[x]);
                var v = ((t + ((b - t) * wy) - 0.5f) * steepness) + 0.5f;
                dst[x] = (byte)((Math.Clamp(v, 0f, 1f) * 255f) + 0.5f);
            }
        }
        return alpha;
    }
}
