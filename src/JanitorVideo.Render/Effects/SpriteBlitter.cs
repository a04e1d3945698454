using System.Runtime.CompilerServices;
using JanitorVideo.Render.Compose;

namespace JanitorVideo.Render.Effects;

/// <summary>
/// Draws one atlas sprite, rotated, scaled and tinted, straight into a BGRA premultiplied frame:
/// what Skia's raster <c>DrawAtlas</c> does per sprite (pixel centres inside the turned box,
/// bilinear taps from the atlas, the tint multiplied in, then added or laid over), to within a few
/// levels of its rounding, in about half its time here (this SkiaSharp build runs Skia's SSE2
/// pipeline, and a sparkle is a few hundred pixels, mostly clear, which this skips early).
/// </summary>
internal static unsafe class SpriteBlitter
{
    /// <summary>
    /// Draws <paramref name="cell"/> of <paramref name="atlas"/> placed by the rotation-scale
    /// transform (<paramref name="scos"/>, <paramref name="ssin"/>, <paramref name="tx"/>,
    /// <paramref name="ty"/>): a point (x, y) of the cell, from its top-left, lands on
    /// (scos·x − ssin·y + tx, ssin·x + scos·y + ty).
    /// </summary>
    /// <param name="tint">The premultiplied BGRA colour every atlas pixel is multiplied by.</param>
    /// <param name="add">Channels added and clamped (Skia's Plus); otherwise source-over.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Draw(Pixels target, Pixels atlas, in CellBox cell, float scos, float ssin, float tx, float ty, uint tint, bool add)
    {
        var scale2 = (scos * scos) + (ssin * ssin);
        if (!(scale2 > 1e-12f) || tint >> 24 == 0)
        {
            return;
        }

        // The turned box's bounds on the frame, clipped to it.
        float w = cell.Width, h = cell.Height;
        float x0 = tx, x1 = (scos * w) + tx, x2 = (-ssin * h) + tx, x3 = (scos * w) - (ssin * h) + tx;
        float y0 = ty, y1 = (ssin * w) + ty, y2 = (scos * h) + ty, y3 = (ssin * w) + (scos * h) + ty;
        var left = Math.Max(0, (int)MathF.Floor(Min4(x0, x1, x2, x3)));
        var right = Math.Min(target.Width, (int)MathF.Ceiling(Max4(x0, x1, x2, x3)));
        var top = Math.Max(0, (int)MathF.Floor(Min4(y0, y1, y2, y3)));
        var bottom = Math.Min(target.Height, (int)MathF.Ceiling(Max4(y0, y1, y2, y3)));
        if (left >= right || top >= bottom)
        {
            return;
        }

        // The inverse transform, stepped along each row in 16.16 fixed point: a pixel centre's place
        // in the atlas (less half a pixel, for the bilinear taps), inside the cell's box or skipped.
        float ia = scos / scale2, ib = ssin / scale2;
        long uMin = Fixed(cell.Left - 0.5f), uEnd = Fixed(cell.Left + w - 0.5f);
        long vMin = Fixed(cell.Top - 0.5f), vEnd = Fixed(cell.Top + h - 0.5f);
        long du = Fixed(ia), dv = Fixed(-ib);
        var maxX = atlas.Width - 1;
        var maxY = atlas.Height - 1;
        for (var py = top; py < bottom; py++)
        {
            float dy = py + 0.5f - ty, dx = left + 0.5f - tx;
            long u = Fixed(cell.Left + (ia * dx) + (ib * dy) - 0.5f), v = Fixed(cell.Top + (ia * dy) - (ib * dx) - 0.5f);
            var row = target.Row(py);
            for (var px = left; px < right; px++, u += du, v += dv)
            {
                if (u < uMin || u >= uEnd || v < vMin || v >= vEnd)
                {
                    continue;
                }

                // Bilinear taps in 1/256 steps, clamped to the atlas.
                int fx = (int)(u >> 16), fy = (int)(v >> 16);
                var wx = (uint)(((u & 0xFFFF) + 128) >> 8);
                var wy = (uint)(((v & 0xFFFF) + 128) >> 8);
                int cx0 = Math.Clamp(fx, 0, maxX), cx1 = Math.Clamp(fx + 1, 0, maxX);
                uint* r0 = atlas.Row(Math.Clamp(fy, 0, maxY)), r1 = atlas.Row(Math.Clamp(fy + 1, 0, maxY));
                uint t00 = r0[cx0], t01 = r0[cx1], t10 = r1[cx0], t11 = r1[cx1];
                if ((t00 | t01 | t10 | t11) == 0)
                {
                    // Most of a turned star's box is clear atlas.
                    continue;
                }

                var texel = RowSampler.Mix(RowSampler.Mix(t00, t01, wx), RowSampler.Mix(t10, t11, wx), wy);
                if (texel == 0)
                {
                    continue;
                }

                var source = Modulate(texel, tint);
                row[px] = add ? AddClamped(row[px], source) : source + RowSampler.Fade(row[px], 255 - (source >> 24));
            }
        }
    }

    private static long Fixed(float value) => (long)MathF.Round(value * 65536f);

    /// <summary>A colour as premultiplied BGRA: its opaque self faded by its alpha (<see cref="SkiaSharp.SKColor"/> packs as BGRA in memory).</summary>
    internal static uint Premultiply(SkiaSharp.SKColor color) => RowSampler.Fade((uint)color | 0xFF000000u, color.Alpha);

    /// <summary>Every channel of <paramref name="pixel"/> times the same channel of <paramref name="tint"/>, over 255, rounded.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Modulate(uint pixel, uint tint) =>
        Times(pixel, tint, 0) | (Times(pixel, tint, 8) << 8) | (Times(pixel, tint, 16) << 16) | (Times(pixel, tint, 24) << 24);

    /// <summary>Every channel added, clamped at 255.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint AddClamped(uint a, uint b)
    {
        // Sums of the even and the odd channels, each in 9 bits of its own; a carry into bit 8 means clamp.
        var even = (a & 0x00FF00FF) + (b & 0x00FF00FF);
        var odd = ((a >> 8) & 0x00FF00FF) + ((b >> 8) & 0x00FF00FF);
        even |= ((even >> 8) & 0x00010001) * 0xFF;
        odd |= ((odd >> 8) & 0x00010001) * 0xFF;
        return (even & 0x00FF00FF) | ((odd & 0x00FF00FF) << 8);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Times(uint pixel, uint tint, int shift)
    {
        var product = (((pixel >> shift) & 0xFF) * ((tint >> shift) & 0xFF)) + 128;
        return (product + (product >> 8)) >> 8;
    }

    private static float Min4(float a, float b, float c, float d) => MathF.Min(MathF.Min(a, b), MathF.Min(c, d));

    private static float Max4(float a, float b, float c, float d) => MathF.Max(MathF.Max(a, b), MathF.Max(c, d));

    /// <summary>A sprite's box in the atlas, in pixels.</summary>
    internal readonly record struct CellBox(float Left, float Top, float Width, float Height);
}
