namespace JanitorVideo.Render.Effects;

/// <summary>
/// The fixed-point steps of the finishing pass, one value at a time. The vector kernel does the
/// same steps with the matching instructions (saturating 16-bit adds, pmulhrsw), so both agree
/// to the bit.
/// </summary>
internal static class FinishMath
{
    /// <summary>Fraction bits left after the Q14 row gain.</summary>
    public const int OutputBits = YuvCoefficients.ValueBits - 1;

    /// <summary>Black level plus rounding, in the units after the row gain.</summary>
    public const short LumaBias = (16 << OutputBits) + (1 << (OutputBits - 1));

    /// <summary>Neutral chroma plus rounding, in the units after the row gain.</summary>
    public const short ChromaBias = (128 << OutputBits) + (1 << (OutputBits - 1));

    public const int LumaMin = 16, LumaMax = 235, ChromaMin = 16, ChromaMax = 240;

    /// <summary>A brightness factor as Q14 (16384 is 1; the most is just under 2).</summary>
    public static short Q14(float gain) =>
        float.IsNaN(gain) ? (short)0 : (short)Math.Clamp(MathF.Round(gain * 16384f), 0f, short.MaxValue);

    /// <summary>Like the packssdw instruction: clamp to the 16-bit range.</summary>
    public static int Saturate(int value) => Math.Clamp(value, short.MinValue, short.MaxValue);

    /// <summary>Like the pmulhrsw instruction: (a·b + 2^14) >> 15.</summary>
    public static int MultiplyRound(int a, int b) => ((a * b) + 0x4000) >> 15;

    /// <summary>The output Y of one pixel from its weighted BGR sum.</summary>
    public static byte Luma(int dot, int offset, int grain, int sweep, int columnGain, int rowGain)
    {
        int value = Saturate((dot + offset) >> YuvCoefficients.LumaShift);
        value = Saturate(Saturate(value + grain) + sweep);
        value = MultiplyRound(MultiplyRound(value, columnGain), rowGain);
        value = Saturate(value + LumaBias) >> OutputBits;
        return (byte)Math.Clamp(value, LumaMin, LumaMax);
    }

    /// <summary>The output U or V of one 2x2 block from its weighted BGR sum over the four pixels.</summary>
    public static byte Chroma(int dot, int offset, int columnGain, int rowGain)
    {
        int value = Saturate((dot + offset) >> YuvCoefficients.ChromaShift);
        value = MultiplyRound(MultiplyRound(value, columnGain), rowGain);
        value = Saturate(value + ChromaBias) >> OutputBits;
        return (byte)Math.Clamp(value, ChromaMin, ChromaMax);
    }
}
