using System.Numerics;
using SkiaSharp;

namespace JanitorVideo.Render.Imaging;

/// <summary>Finds whether a BGRA bitmap has any pixel that is not fully opaque.</summary>
internal static unsafe class OpacityScan
{
    public static bool HasTransparency(SKBitmap bitmap)
    {
        var alphaMask = new Vector<uint>(0xFF000000u);
        for (var y = 0; y < bitmap.Height; y++)
        {
            var row = new ReadOnlySpan<uint>((byte*)bitmap.GetPixels() + ((long)y * bitmap.RowBytes), bitmap.Width);
            var x = 0;
            for (; x + Vector<uint>.Count <= row.Length; x += Vector<uint>.Count)
            {
                if (!Vector.EqualsAll(new Vector<uint>(row[x..]) & alphaMask, alphaMask))
                {
                    return true;
                }
            }
            for (; x < row.Length; x++)
            {
                if (row[x] >> 24 != 0xFF)
                {
                    return true;
                }
            }
        }
        return false;
    }
}
