using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace JanitorVideo.Render.Effects;

/// <summary>
/// The finishing pass with AVX2, 16 pixels of two rows at a time. The same fixed-point steps as
/// <see cref="FinishMath"/>: BGRA widened to 16 bits, pmaddwd + phaddd for the weighted sums,
/// saturating packs, pmulhrsw for the gains. The last block of a row overlaps the one before
/// rather than falling back to scalar code; overlapping pixels get the same values again.
/// </summary>
internal static class VectorFinishKernel
{
    /// <summary>Pixels per row in one step; rows narrower than this use the scalar kernel.</summary>
    public const int BlockWidth = 16;

    public static bool IsSupported => Avx2.IsSupported;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(in FinishRowPair row, in YuvCoefficients c, ReadOnlySpan<short> columnGains, ReadOnlySpan<short> chromaColumnGains)
    {
        int width = row.LumaTop.Length;
        if (width < BlockWidth || !IsSupported)
        {
            ScalarFinishKernel.Run(row, c, columnGains, chromaColumnGains);
            return;
        }

        var lumaWeights = Weights(c.YB, c.YG, c.YR);
        var uWeights = Weights(c.UB, c.UG, c.UR);
        var vWeights = Weights(c.VB, c.VG, c.VR);
        var lumaOffset = Vector256.Create(c.YOffset);
        var uOffset = Vector256.Create(c.UOffset);
        var vOffset = Vector256.Create(c.VOffset);

        // phaddd leaves pixel pairs in lane order 0,2,1,3 (in 32-bit units); this puts them back.
        var order = Vector256.Create(0, 4, 1, 5, 2, 6, 3, 7);
        var gainTop = Vector256.Create(row.GainTop);
        var gainBottom = Vector256.Create(row.GainBottom);
        var gainChroma = Vector256.Create(row.GainChroma);
        var lumaBias = Vector256.Create(FinishMath.LumaBias);
        var chromaBias = Vector256.Create(FinishMath.ChromaBias);
        var lumaMin = Vector256.Create((short)FinishMath.LumaMin);
        var lumaMax = Vector256.Create((short)FinishMath.LumaMax);
        var chromaMin = Vector256.Create((short)FinishMath.ChromaMin);
        var chromaMax = Vector256.Create((short)FinishMath.ChromaMax);

        ref byte top = ref MemoryMarshal.GetReference(row.Top);
        ref byte bottom = ref MemoryMarshal.GetReference(row.Bottom);
        ref byte lumaTop = ref MemoryMarshal.GetReference(row.LumaTop);
        ref byte lumaBottom = ref MemoryMarshal.GetReference(row.LumaBottom);
        ref byte uPlane = ref MemoryMarshal.GetReference(row.U);
        ref byte vPlane = ref MemoryMarshal.GetReference(row.V);
        ref short grainTop = ref MemoryMarshal.GetReference(row.GrainTop);
        ref short grainBottom = ref MemoryMarshal.GetReference(row.GrainBottom);
        ref short sweepTop = ref MemoryMarshal.GetReference(row.SweepTop);
        ref short sweepBottom = ref MemoryMarshal.GetReference(row.SweepBottom);
        ref short columns = ref MemoryMarshal.GetReference(columnGains);
        ref short chromaColumns = ref MemoryMarshal.GetReference(chromaColumnGains);

        for (int x = 0; ; x += BlockWidth)
        {
            x = Math.Min(x, width - BlockWidth);
            nuint at = (nuint)x;
            nuint bytes = at * 4;

            // Four pixels per vector, as 16-bit B, G, R, A.
            var t0 = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref top, bytes));
            var t1 = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref top, bytes + 16));
            var t2 = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref top, bytes + 32));
            var t3 = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref top, bytes + 48));
            var b0 = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref bottom, bytes));
            var b1 = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref bottom, bytes + 16));
            var b2 = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref bottom, bytes + 32));
            var b3 = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref bottom, bytes + 48));

            var columnGain = Vector256.LoadUnsafe(ref columns, at);
            var yTop = CentredLuma(t0, t1, t2, t3, lumaWeights, lumaOffset, order);
            FinishLuma(yTop, Vector256.LoadUnsafe(ref grainTop, at), Vector256.LoadUnsafe(ref sweepTop, at), columnGain, gainTop, lumaBias, lumaMin, lumaMax)
                .StoreUnsafe(ref lumaTop, at);
            var yBottom = CentredLuma(b0, b1, b2, b3, lumaWeights, lumaOffset, order);
            FinishLuma(yBottom, Vector256.LoadUnsafe(ref grainBottom, at), Vector256.LoadUnsafe(ref sweepBottom, at), columnGain, gainBottom, lumaBias, lumaMin, lumaMax)
                .StoreUnsafe(ref lumaBottom, at);

            // Column sums of the two rows; the weighted sums then add neighbouring columns.
            var s0 = Avx2.Add(t0, b0);
            var s1 = Avx2.Add(t1, b1);
            var s2 = Avx2.Add(t2, b2);
            var s3 = Avx2.Add(t3, b3);
            var u = CentredChroma(s0, s1, s2, s3, uWeights, uOffset, order);
            var v = CentredChroma(s0, s1, s2, s3, vWeights, vOffset, order);

            // [u0..3 v0..3 | u4..7 v4..7] → [u0..7 | v0..7]
            var uv = Avx2.Permute4x64(Avx2.PackSignedSaturate(u, v).AsInt64(), 0b11_01_10_00).AsInt16();
            nuint chromaAt = at / 2;
            var chromaColumnGain = Vector256.Create(Vector128.LoadUnsafe(ref chromaColumns, chromaAt));
            uv = Avx2.MultiplyHighRoundScale(Avx2.MultiplyHighRoundScale(uv, chromaColumnGain), gainChroma);
            uv = Avx2.ShiftRightArithmetic(Avx2.AddSaturate(uv, chromaBias), FinishMath.OutputBits);
            uv = Avx2.Min(Avx2.Max(uv, chromaMin), chromaMax);
            var packed = Avx2.PackUnsignedSaturate(uv, uv).AsUInt64();
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref uPlane, chromaAt), packed.GetElement(0));
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref vPlane, chromaAt), packed.GetElement(2));

            if (x == width - BlockWidth)
            {
                break;
            }
        }
    }

    private static Vector256<short> Weights(short b, short g, short r) =>
        Vector256.Create(b, g, r, 0, b, g, r, 0, b, g, r, 0, b, g, r, 0);

    /// <summary>Sixteen centred luma values (Q6) in pixel order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<short> CentredLuma(
        Vector256<short> p0, Vector256<short> p1, Vector256<short> p2, Vector256<short> p3,
        Vector256<short> weights, Vector256<int> offset, Vector256<int> order)
    {
        var h01 = Avx2.HorizontalAdd(Avx2.MultiplyAddAdjacent(p0, weights), Avx2.MultiplyAddAdjacent(p1, weights));
        var h23 = Avx2.HorizontalAdd(Avx2.MultiplyAddAdjacent(p2, weights), Avx2.MultiplyAddAdjacent(p3, weights));
        h01 = Avx2.ShiftRightArithmetic(Avx2.Add(h01, offset), YuvCoefficients.LumaShift);
        h23 = Avx2.ShiftRightArithmetic(Avx2.Add(h23, offset), YuvCoefficients.LumaShift);
        return Avx2.PermuteVar8x32(Avx2.PackSignedSaturate(h01, h23).AsInt32(), order).AsInt16();
    }

    /// <summary>Grain, sweep, vignette column, row gain, black level, clamp: sixteen Y bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> FinishLuma(
        Vector256<short> centred, Vector256<short> grain, Vector256<short> sweep, Vector256<short> columnGain, Vector256<short> rowGain,
        Vector256<short> bias, Vector256<short> min, Vector256<short> max)
    {
        var value = Avx2.AddSaturate(Avx2.AddSaturate(centred, grain), sweep);
        value = Avx2.MultiplyHighRoundScale(Avx2.MultiplyHighRoundScale(value, columnGain), rowGain);
        value = Avx2.ShiftRightArithmetic(Avx2.AddSaturate(value, bias), FinishMath.OutputBits);
        value = Avx2.Min(Avx2.Max(value, min), max);

        // packuswb works per 128-bit lane: [y0..7 y0..7 | y8..15 y8..15]; gather the two halves.
        var packed = Avx2.PackUnsignedSaturate(value, value).AsUInt64();
        return Avx2.Permute4x64(packed, 0b00_00_10_00).AsByte().GetLower();
    }

    /// <summary>Eight centred chroma values (Q6, int32) in block order, from column sums of two rows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> CentredChroma(
        Vector256<short> s0, Vector256<short> s1, Vector256<short> s2, Vector256<short> s3,
        Vector256<short> weights, Vector256<int> offset, Vector256<int> order)
    {
        var h01 = Avx2.HorizontalAdd(Avx2.MultiplyAddAdjacent(s0, weights), Avx2.MultiplyAddAdjacent(s1, weights));
        var h23 = Avx2.HorizontalAdd(Avx2.MultiplyAddAdjacent(s2, weights), Avx2.MultiplyAddAdjacent(s3, weights));
        var blocks = Avx2.HorizontalAdd(h01, h23);
        blocks = Avx2.ShiftRightArithmetic(Avx2.Add(blocks, offset), YuvCoefficients.ChromaShift);
        return Avx2.PermuteVar8x32(blocks, order);
    }
}
