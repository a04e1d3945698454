using SkiaSharp;

namespace JanitorVideo.Render.Imaging;

/// <summary>The size frames are decoded to: within the long-side limit and the memory budget.</summary>
internal static class DecodeSize
{
    /// <summary>
    /// The output size (as stored, before orientation) for an image of
    /// <paramref name="width"/>×<paramref name="height"/> with <paramref name="frames"/> frames.
    /// Never larger than the original; aspect ratio kept to the nearest pixel.
    /// </summary>
    public static SKSizeI For(int width, int height, int frames, DecodeLimits limits)
    {
        var longSide = Math.Max(width, height);
        var scale = Math.Min(1.0, (double)limits.MaxLongSide / longSide);
        var bytes = 4.0 * width * height * scale * scale * Math.Max(1, frames);
        if (bytes > limits.MaxDecodedBytes)
        {
            scale *= Math.Sqrt(limits.MaxDecodedBytes / bytes);
        }
        if (scale >= 1.0)
        {
            return new SKSizeI(width, height);
        }
        // Floor, so neither the long side nor the byte budget is exceeded by rounding.
        var w = Math.Clamp((int)Math.Floor(width * scale + 1e-9), 1, width);
        var h = Math.Clamp((int)Math.Floor(height * scale + 1e-9), 1, height);
        return new SKSizeI(w, h);
    }
}
