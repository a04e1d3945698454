using System.Runtime.CompilerServices;
using SkiaSharp;

namespace JanitorVideo.Render.Preview;

/// <summary>
/// Turns a finished yuv420p frame (BT.709, limited range: what the encoder receives) back into a
/// picture, at any size up to the frame's, so previews show exactly what was encoded.
/// </summary>
public static unsafe class YuvPicture
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SKBitmap ToBitmap(ReadOnlySpan<byte> yuv, int width, int height, int outWidth, int outHeight)
    {
        var bitmap = new SKBitmap(new SKImageInfo(outWidth, outHeight, SKColorType.Bgra8888, SKAlphaType.Premul));
        var pixels = (uint*)bitmap.GetPixels();
        var stride = bitmap.RowBytes / 4;
        var chromaWidth = width / 2;
        var uOffset = width * height;
        var vOffset = uOffset + chromaWidth * (height / 2);
        for (var oy = 0; oy < outHeight; oy++)
        {
            var y = Math.Min(height - 1, (int)((oy + 0.5) * height / outHeight));
            for (var ox = 0; ox < outWidth; ox++)
            {
                var x = Math.Min(width - 1, (int)((ox + 0.5) * width / outWidth));
                var luma = 1.164 * (yuv[y * width + x] - 16);
                var u = yuv[uOffset + (y / 2) * chromaWidth + x / 2] - 128;
                var v = yuv[vOffset + (y / 2) * chromaWidth + x / 2] - 128;
                var r = Clamp(luma + 1.793 * v);
                var g = Clamp(luma - 0.213 * u - 0.533 * v);
                var b = Clamp(luma + 2.112 * u);
                pixels[(long)oy * stride + ox] = 0xFF000000u | (uint)r << 16 | (uint)g << 8 | (uint)b;
            }
        }
        return bitmap;
    }

    private static uint Clamp(double value) => (uint)Math.Clamp((int)Math.Round(value), 0, 255);
}
