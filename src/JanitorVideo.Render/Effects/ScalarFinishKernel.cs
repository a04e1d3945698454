using System.Runtime.CompilerServices;
namespace JanitorVideo.Render.Effects;

/// <summary>The finishing pass one pixel at a time: the reference, and the path for CPUs without AVX2.</summary>
internal static class ScalarFinishKernel
{
    /// <summary>Finishes columns <paramref name="fromX"/> (even) to the end of a row pair.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(in FinishRowPair row, in YuvCoefficients c, ReadOnlySpan<short> columnGains, ReadOnlySpan<short> chromaColumnGains, int fromX = 0)
    {
        int width = row.LumaTop.Length;
        for (int x = fromX; x < width; x += 2)
        {
            int i = x * 4;
            int b0 = row.Top[i], g0 = row.Top[i + 1], r0 = row.Top[i + 2];
            int b1 = row.Top[i + 4], g1 = row.Top[i + 5], r1 = row.Top[i + 6];
            int b2 = row.Bottom[i], g2 = row.Bottom[i + 1], r2 = row.Bottom[i + 2];
            int b3 = row.Bottom[i + 4], g3 = row.Bottom[i + 5], r3 = row.Bottom[i + 6];

            row.LumaTop[x] = Luma(c, b0, g0, r0, row.GrainTop[x], row.SweepTop[x], columnGains[x], row.GainTop);
            row.LumaTop[x + 1] = Luma(c, b1, g1, r1, row.GrainTop[x + 1], row.SweepTop[x + 1], columnGains[x + 1], row.GainTop);
            row.LumaBottom[x] = Luma(c, b2, g2, r2, row.GrainBottom[x], row.SweepBottom[x], columnGains[x], row.GainBottom);
            row.LumaBottom[x + 1] = Luma(c, b3, g3, r3, row.GrainBottom[x + 1], row.SweepBottom[x + 1], columnGains[x + 1], row.GainBottom);

            int b = b0 + b1 + b2 + b3, g = g0 + g1 + g2 + g3, r = r0 + r1 + r2 + r3;
            int cx = x / 2;
            row.U[cx] = FinishMath.Chroma((c.UB * b) + (c.UG * g) + (c.UR * r), c.UOffset, chromaColumnGains[cx], row.GainChroma);
            row.V[cx] = FinishMath.Chroma((c.VB * b) + (c.VG * g) + (c.VR * r), c.VOffset, chromaColumnGains[cx], row.GainChroma);
        }
    }

    private static byte Luma(in YuvCoefficients c, int b, int g, int r, int grain, int sweep, int columnGain, int rowGain) =>
        FinishMath.Luma((c.YB * b) + (c.YG * g) + (c.YR * r), c.YOffset, grain, sweep, columnGain, rowGain);
}
