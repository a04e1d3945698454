using System.Runtime.CompilerServices;
using SkiaSharp;

namespace JanitorVideo.Render.Preview;

/// <summary>
/// Turns a finished yuv420p frame (BT.709, limited range: what the encoder receives) back into a
/// picture, at any size up to the frame's, so previews show exactly what was encoded.
/// </summary>
public static unsafe class YuvPicture
{
    // The products of the conversion for every byte value, computed as the per-pixel formula
    // would compute them, so the picture is the same to the bit, for a fraction of the work.
    private static readonly double[] Luma = Table(value => 1.164 * (value - 16));
    private static readonly double[] RedV = Table(value => 1.793 * (value - 128));
    private static readonly double[] GreenU = Table(value => 0.213 * (value - 128));
    private static readonly double[] GreenV = Table(value => 0.533 * (value - 128));
    private static readonly double[] BlueU = Table(value => 2.112 * (value - 128));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SKBitmap ToBitmap(ReadOnlySpan<byte> yuv, int width, int height, int outWidth, int outHeight)
    {
        var bitmap = new SKBitmap(new SKImageInfo(outWidth, outHeight, SKColorType.Bgra8888, SKAlphaType.Premul));
        var pixels = (uint*)bitmap.GetPixels();
        var stride = bitmap.RowBytes / 4;
        var chromaWidth = width / 2;
        var uOffset = width * height;
        var vOffset = uOffset + chromaWidth * (height / 2);
        var columns = new int[outWidth];
        for (var ox = 0; ox < outWidth; ox++)
        {
            columns[ox] = Math.Min(width - 1, (int)((ox + 0.5) * width / outWidth));
        }
        for (var oy = 0; oy < outHeight; oy++)
        {
            var y = Math.Min(height - 1, (int)((oy + 0.5) * height / outHeight));
            var lumaRow = yuv.Slice(y * width, width);
            var uRow = yuv.Slice(uOffset + (y / 2) * chromaWidth, chromaWidth);
            var vRow = yuv.Slice(vOffset + (y / 2) * chromaWidth, chromaWidth);
            var target = pixels + (long)oy * stride;
            for (var ox = 0; ox < outWidth; ox++)
            {
                var x = columns[ox];
                var luma = Luma[lumaRow[x]];
                var u = uRow[x / 2];
                var v = vRow[x / 2];
                var r = Clamp(luma + RedV[v]);
                var g = Clamp(luma - GreenU[u] - GreenV[v]);
                var b = Clamp(luma + BlueU[u]);
                target[ox] = 0xFF000000u | r << 16 | g << 8 | b;
            }
        }
        return bitmap;
    }

    private static double[] Table(Func<int, double> product) => [.. Enumerable.Range(0, 256).Select(product)];

    private static uint Clamp(double value) => (uint)Math.Clamp((int)Math.Round(value), 0, 255);
}
