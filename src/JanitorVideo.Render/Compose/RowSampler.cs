using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace JanitorVideo.Render.Compose;

/// <summary>
/// Bilinear sampling of a BGRA premultiplied source through an <see cref="IRowMap"/>, in 1/256
/// pixel steps (sub-pixel: no stair-stepping). Per output row: the two source rows are blended
/// (SIMD, over just the columns the row needs), then resampled horizontally. Opaque layers
/// overwrite; cut-out layers are composited source-over, skipping what they do not cover.
/// </summary>
public static unsafe class RowSampler
{
    /// <summary>Draws <paramref name="source"/> over every pixel of <paramref name="target"/>; the source's edges are clamped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void DrawOpaque<TMap>(Pixels source, Pixels target, in TMap map, uint[] scratch)
        where TMap : struct, IRowMap
    {
        for (var y = 0; y < target.Height; y++)
        {
            map.Row(y, out var srcY, out var scaleX, out var offsetX);
            SampleRow(source, target.Row(y), 0, target.Width, srcY, scaleX, offsetX, scratch, over: false);
        }
    }

    /// <summary>
    /// As <see cref="DrawOpaque{TMap}(Pixels, Pixels, in TMap, uint[])"/>, but leaves alone the pixels
    /// <paramref name="cover"/> says a later opaque layer overwrites: they keep whatever they held.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void DrawOpaque<TMap, TCover>(Pixels source, Pixels target, in TMap map, uint[] scratch, in TCover cover)
        where TMap : struct, IRowMap
        where TCover : struct, IRowCover
    {
        for (var y = 0; y < target.Height; y++)
        {
            map.Row(y, out var srcY, out var scaleX, out var offsetX);
            cover.Covered(y, out var from, out var to);
            from = Math.Clamp(from, 0, target.Width);
            to = Math.Clamp(to, from, target.Width);
            if (from == to)
            {
                SampleRow(source, target.Row(y), 0, target.Width, srcY, scaleX, offsetX, scratch, over: false);
                continue;
            }
            if (from > 0)
            {
                SampleRow(source, target.Row(y), 0, from, srcY, scaleX, offsetX, scratch, over: false, prefetch: true);
            }
            if (to < target.Width)
            {
                SampleRow(source, target.Row(y), to, target.Width, srcY, scaleX, offsetX, scratch, over: false, prefetch: true);
            }
        }
    }

    /// <summary>
    /// Composites <paramref name="source"/> (premultiplied, transparent outside its content) over
    /// <paramref name="target"/>. Only output pixels whose source position falls inside the source
    /// are touched; with <paramref name="spans"/>, only those inside the rows' visible extent.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void DrawOver<TMap>(Pixels source, Pixels target, in TMap map, uint[] scratch, CutOutSpans? spans = null)
        where TMap : struct, IRowMap
    {
        for (var y = 0; y < target.Height; y++)
        {
            map.Row(y, out var srcY, out var scaleX, out var offsetX);
            if (srcY <= -1 || srcY >= source.Height || scaleX <= 0)
            {
                continue;
            }
            var (start, end) = (0, source.Width);
            if (spans is not null && !spans.VisibleAround(srcY, out start, out end))
            {
                continue;
            }
            // Output columns whose sample lies within (start − 1, end): the bilinear footprint touches
            // what is visible. The walk starts where the whole source's would, so it samples alike.
            var origin = FirstColumn(-1, offsetX, scaleX);
            var first = Math.Max(origin, FirstColumn(start - 1, offsetX, scaleX));
            var last = (int)Math.Min(target.Width, Math.Ceiling((end - offsetX) / scaleX));
            if (last > first)
            {
                SampleRow(source, target.Row(y), first, last, srcY, scaleX, offsetX, scratch, over: true, origin, prefetch: true);
            }
        }
    }

    private static int FirstColumn(int after, double offsetX, double scaleX) => (int)Math.Max(0, Math.Floor((after - offsetX) / scaleX) + 1);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SampleRow(Pixels source, uint* target, int first, int last, double srcY, double scaleX, double offsetX, uint[] scratch, bool over, int origin = 0, bool prefetch = false)
    {
        // Columns of the source this row reads, with one pixel of margin for the bilinear pair.
        var x0 = offsetX + scaleX * first;
        var x1 = offsetX + scaleX * (last - 1);
        var colStart = Math.Clamp((int)Math.Floor(Math.Min(x0, x1)) - 1, 0, source.Width - 1);
        var colEnd = Math.Clamp((int)Math.Ceiling(Math.Max(x0, x1)) + 2, colStart + 1, source.Width);
        var count = colEnd - colStart;

        fixed (uint* blended = scratch)
        {
            if (prefetch)
            {
                PrefetchAhead(source, srcY, colStart, count);
            }
            BlendRows(source, srcY, colStart, count, blended, over);
            ResampleRow(blended, colStart, count, target, first, last, scaleX, offsetX, over, origin);
        }
    }

    /// <summary>
    /// How many source rows below the current one are fetched into cache ahead of use, for rows read
    /// in short stretches at a new place each row: a cut-out's visible extent, and the stage on
    /// either side of the cut-out's opaque middle. The hardware's own prefetching picks those up
    /// late; asking two rows ahead took composing the druid's 1080x1920 frame from 3.77 to 3.44 ms
    /// (medians of five runs in turn; three, four or six rows ahead gained less). Whole rows are
    /// one long read it follows well: there the same request cost the valley's stage 0.1 ms, so
    /// it is not made.
    /// </summary>
    private const int PrefetchRows = 2;

    /// <summary>Asks for the columns of the source row <see cref="PrefetchRows"/> below <paramref name="srcY"/> to be brought into cache.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void PrefetchAhead(Pixels source, double srcY, int colStart, int count)
    {
        var ahead = (int)srcY + PrefetchRows;
        if (!Sse.IsSupported || ahead < 0 || ahead >= source.Height)
        {
            return;
        }

        var at = (byte*)(source.Row(ahead) + colStart);
        for (var end = at + (count * 4); at < end; at += 64)
        {
            Sse.Prefetch0(at);
        }
    }

    // The source row at a fractional height: a per-channel blend of the two rows around it.
    // Outside the source, opaque layers repeat their edge row; cut-outs fade to transparent.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void BlendRows(Pixels source, double srcY, int colStart, int count, uint* output, bool transparentOutside)
    {
        var yFloor = Math.Floor(srcY);
        var weight = (uint)Math.Round((srcY - yFloor) * 256);
        var y0 = (int)yFloor;
        if (weight == 256)
        {
            (y0, weight) = (y0 + 1, 0);
        }
        var row0 = RowOrNull(source, y0, transparentOutside);
        var row1 = weight == 0 ? row0 : RowOrNull(source, y0 + 1, transparentOutside);
        if (row0 == null && row1 == null)
        {
            new Span<uint>(output, count).Clear();
        }
        else if (row1 == null)
        {
            ScaleRow(row0 + colStart, output, count, 256 - weight);
        }
        else if (row0 == null)
        {
            ScaleRow(row1 + colStart, output, count, weight);
        }
        else if (weight == 0 || row0 == row1)
        {
            new ReadOnlySpan<uint>(row0 + colStart, count).CopyTo(new Span<uint>(output, count));
        }
        else
        {
            Lerp(row0 + colStart, row1 + colStart, output, count, weight);
        }
    }

    private static uint* RowOrNull(Pixels source, int y, bool transparentOutside) =>
        y >= 0 && y < source.Height ? source.Row(y)
        : transparentOutside ? null
        : source.Row(Math.Clamp(y, 0, source.Height - 1));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Lerp(uint* a, uint* b, uint* output, int count, uint weight)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var w = Vector256.Create((ushort)weight);
            var inverse = Vector256.Create((ushort)(256 - weight));
            for (; i <= count - 8; i += 8)
            {
                MixLanes(Vector256.Load(a + i), Vector256.Load(b + i), w, inverse).Store(output + i);
            }
        }
        for (; i < count; i++)
        {
            output[i] = Mix(a[i], b[i], weight);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ScaleRow(uint* a, uint* output, int count, uint keep)
    {
        for (var i = 0; i < count; i++)
        {
            output[i] = Scale(a[i], keep);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ResampleRow(uint* blended, int colStart, int count, uint* target, int first, int last, double scaleX, double offsetX, bool over, int origin)
    {
        // 16.16 fixed point along the row: exact enough over 4000 pixels, and cheap. The walk starts
        // at the row's origin (column 0 for opaque layers, a cut-out's first touched column) even
        // when drawn in pieces, so every piece samples as the whole row would.
        var step = (long)Math.Round(scaleX * 65536);
        var position = (long)Math.Round((offsetX + scaleX * origin - colStart) * 65536) + step * (first - origin);
        var lastIndex = count - 1;
        var x = first;
        if (Avx2.IsSupported && step > 0 && step < 1 << 20)
        {
            // A cut-out's first pixels may sample left of its first column (fading in from
            // transparent): those go one by one, the rest of the row in vectors.
            for (; x < last && position < 0; x++, position += step)
            {
                Put(target, x, SampleAt(blended, lastIndex, position, over), over);
            }
            x = ResampleVector(blended, lastIndex, target, x, last, ref position, (int)step, over);
        }
        for (; x < last; x++, position += step)
        {
            Put(target, x, SampleAt(blended, lastIndex, position, over), over);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Put(uint* target, int x, uint pixel, bool over)
    {
        if (!over)
        {
            target[x] = pixel;
            return;
        }
        var alpha = pixel >> 24;
        if (alpha != 0)
        {
            target[x] = alpha == 255 ? pixel : pixel + Fade(target[x], 255 - alpha);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint SampleAt(uint* blended, int lastIndex, long position, bool over)
    {
        var index = (int)(position >> 16);
        var weight = (uint)((position & 0xFFFF) + 128) >> 8;
        // Past the blended span only at the source's own edges: clamp, or fade out for cut-outs.
        if (index < 0)
        {
            return !over ? blended[0] : index == -1 ? Scale(blended[0], weight) : 0;
        }
        if (index >= lastIndex)
        {
            return !over ? blended[lastIndex] : index == lastIndex ? Scale(blended[lastIndex], 256 - weight) : 0;
        }
        return Mix(blended[index], blended[index + 1], weight);
    }

    // Eight pixels at a time while every lane's pair of neighbours lies inside the blended span:
    // gather both neighbours, blend with per-lane weights, composite per lane.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ResampleVector(uint* blended, int lastIndex, uint* target, int x, int last, ref long position, int step, bool over)
    {
        // Scalar pixels before the span starts are handled by the caller's loop; begin where lane 0 is inside.
        if (position < 0)
        {
            return x;
        }
        var lanes = Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7) * Vector256.Create(step);
        var fraction = Vector256.Create(0xFFFF);
        var round = Vector256.Create(128);
        var full = Vector256.Create((ushort)256);
        var opaque = Vector256.Create(255u);
        var lowBytes = Vector256.Create((ushort)0x00FF);
        var rounding = Vector256.Create((ushort)0x0080);
        for (; x + 8 <= last; x += 8, position += 8L * step)
        {
            var lastPosition = position + 7L * step;
            if ((lastPosition >> 16) + 1 > lastIndex || lastPosition > int.MaxValue)
            {
                break;
            }
            var p = Vector256.Create((int)position) + lanes;
            var index = p >> 16;
            var weight = ((p & fraction) + round).AsUInt32() >> 8;
            // At about one source pixel per output pixel the eight pairs lie within a few more
            // neighbours: loads and in-register shuffles do what two slow gathers would.
            Vector256<uint> a, b;
            var start = (int)(position >> 16);
            var reach = (int)(lastPosition >> 16) - start;
            if (Avx512F.VL.IsSupported && reach <= 14 && start + 16 <= lastIndex)
            {
                var within = (index - Vector256.Create(start)).AsUInt32();
                var low = Vector256.Load(blended + start);
                var high = Vector256.Load(blended + start + 8);
                a = Avx512F.VL.PermuteVar8x32x2(low, within, high);
                b = Avx512F.VL.PermuteVar8x32x2(low, within + Vector256<uint>.One, high);
            }
            else if (reach <= 7 && start + 8 <= lastIndex)
            {
                var within = (index - Vector256.Create(start)).AsUInt32();
                a = Avx2.PermuteVar8x32(Vector256.Load(blended + start), within);
                b = Avx2.PermuteVar8x32(Vector256.Load(blended + start + 1), within);
            }
            else if (reach <= 15 && start + 16 <= lastIndex)
            {
                // Shrinking a little (the stage at rest is 1.15× the frame): the pairs span up to 16
                // neighbours. Two permutes and a blend per side; without AVX-512 a gather costs several times that.
                var within = (index - Vector256.Create(start)).AsUInt32();
                var upper = Vector256.GreaterThan(within, Vector256.Create(7u));
                a = Vector256.ConditionalSelect(upper,
                    Avx2.PermuteVar8x32(Vector256.Load(blended + start + 8), within),
                    Avx2.PermuteVar8x32(Vector256.Load(blended + start), within));
                b = Vector256.ConditionalSelect(upper,
                    Avx2.PermuteVar8x32(Vector256.Load(blended + start + 9), within),
                    Avx2.PermuteVar8x32(Vector256.Load(blended + start + 1), within));
            }
            else
            {
                a = Avx2.GatherVector256(blended, index, 4);
                b = Avx2.GatherVector256(blended + 1, index, 4);
            }
            // Each lane's weight in both of its 16-bit halves (weights are at most 256).
            var pairWeight = (weight | (weight << 16)).AsUInt16();
            var pixel = MixLanes(a, b, pairWeight, full - pairWeight);
            if (!over)
            {
                pixel.Store(target + x);
                continue;
            }
            var alpha = pixel >> 24;
            if (Vector256.EqualsAll(alpha, opaque))
            {
                // Inside the cut-out: it hides what is under it.
                pixel.Store(target + x);
                continue;
            }
            if (Vector256.EqualsAll(alpha, Vector256<uint>.Zero))
            {
                continue;
            }
            var destination = Vector256.Load(target + x).AsUInt16();
            var keep = (opaque - alpha) * 0x10001u;
            // dst·keep/255, rounded, per channel in 16-bit lanes (255·255 + 128 + 255 < 65536).
            var drb = (destination & lowBytes) * keep.AsUInt16() + rounding;
            drb = (drb + (drb >> 8)) >> 8;
            var dag = (destination >> 8) * keep.AsUInt16() + rounding;
            dag = (dag + (dag >> 8)) & ~lowBytes;
            (pixel + (drb | dag).AsUInt32()).Store(target + x);
        }
        return x;
    }

    /// <summary>
    /// <see cref="Mix"/> for eight pixels, each channel in a 16-bit lane of its own: with weights
    /// summing to 256, <c>a·(256 − w) + b·w</c> is at most 255·256 and fits one, so 16-bit multiplies
    /// (twice as many per cycle as 32-bit ones here) give the very bytes the 32-bit sums give.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> MixLanes(Vector256<uint> a, Vector256<uint> b, Vector256<ushort> weight, Vector256<ushort> inverse)
    {
        var lowBytes = Vector256.Create((ushort)0x00FF);
        var p = a.AsUInt16();
        var q = b.AsUInt16();
        var rb = ((p & lowBytes) * inverse + (q & lowBytes) * weight) >> 8;
        var ag = ((p >> 8) * inverse + (q >> 8) * weight) & ~lowBytes;
        return (rb | ag).AsUInt32();
    }

    /// <summary>Per-channel <c>a + (b − a)·w/256</c> for packed BGRA.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Mix(uint a, uint b, uint weight)
    {
        var inverse = 256 - weight;
        var rb = (((a & 0x00FF00FF) * inverse + (b & 0x00FF00FF) * weight) >> 8) & 0x00FF00FF;
        var ag = (((a >> 8) & 0x00FF00FF) * inverse + ((b >> 8) & 0x00FF00FF) * weight) & 0xFF00FF00;
        return rb | ag;
    }

    /// <summary>Every channel times <c>factor/255</c>, rounded: source-over's <c>dst·(1 − αs)</c> without drift toward black.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Fade(uint pixel, uint factor)
    {
        var rb = (pixel & 0x00FF00FF) * factor + 0x00800080;
        rb = ((rb + ((rb >> 8) & 0x00FF00FF)) >> 8) & 0x00FF00FF;
        var ag = ((pixel >> 8) & 0x00FF00FF) * factor + 0x00800080;
        ag = (ag + ((ag >> 8) & 0x00FF00FF)) & 0xFF00FF00;
        return rb | ag;
    }

    /// <summary>Every channel times <c>factor/256</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Scale(uint pixel, uint factor)
    {
        var rb = ((pixel & 0x00FF00FF) * factor >> 8) & 0x00FF00FF;
        var ag = ((pixel >> 8) & 0x00FF00FF) * factor & 0xFF00FF00;
        return rb | ag;
    }
}
