namespace JanitorVideo.Render.Effects;

/// <summary>
/// BT.709 limited-range RGB → YUV with a colour grade folded in, as Q13 fixed-point weights on 0..255
/// BGR. Each channel comes out centred (Y − 16, U − 128, V − 128) so that a gain can scale it
/// towards black and neutral; the offsets hold the grade's own offsets plus rounding.
/// </summary>
internal readonly record struct YuvCoefficients(
    short YB, short YG, short YR, int YOffset,
    short UB, short UG, short UR, int UOffset,
    short VB, short VG, short VR, int VOffset)
{
    /// <summary>Fraction bits of the weights.</summary>
    public const int WeightBits = 13;

    /// <summary>Fraction bits of the centred values the kernels carry between steps.</summary>
    public const int ValueBits = 6;

    /// <summary>Shift from a luma dot product to a centred value.</summary>
    public const int LumaShift = WeightBits - ValueBits;

    /// <summary>Shift from a chroma dot product over a 2x2 block (four times the weight) to a centred value.</summary>
    public const int ChromaShift = LumaShift + 2;

    private const double Kr = 0.2126, Kg = 0.7152, Kb = 0.0722;

    /// <summary>The coefficients of <paramref name="grade"/> followed by BT.709 limited-range encoding.</summary>
    public static YuvCoefficients For(ColorMatrix grade)
    {
        // Rows of the BT.709 matrix in R, G, B order, scaled to limited range (219 luma steps, 224 chroma).
        const double ys = 219.0 / 255, cs = 224.0 / 255;
        double[] y = [ys * Kr, ys * Kg, ys * Kb];
        double[] u = [cs * -Kr / (2 * (1 - Kb)), cs * -Kg / (2 * (1 - Kb)), cs * 0.5];
        double[] v = [cs * 0.5, cs * -Kg / (2 * (1 - Kr)), cs * -Kb / (2 * (1 - Kr))];

        var (yR, yG, yB, yO) = Fold(y, grade);
        var (uR, uG, uB, uO) = Fold(u, grade);
        var (vR, vG, vB, vO) = Fold(v, grade);
        return new(
            yB, yG, yR, yO + (1 << (LumaShift - 1)),
            uB, uG, uR, (4 * uO) + (1 << (ChromaShift - 1)),
            vB, vG, vR, (4 * vO) + (1 << (ChromaShift - 1)));
    }

    /// <summary>
    /// One encoding row applied after the grade, quantised so the weights sum to the rounded exact
    /// sum: grey then stays exactly neutral and white lands on its exact level.
    /// </summary>
    private static (short R, short G, short B, int Offset) Fold(double[] row, ColorMatrix m)
    {
        double r = (row[0] * m.Rr) + (row[1] * m.Gr) + (row[2] * m.Br);
        double g = (row[0] * m.Rg) + (row[1] * m.Gg) + (row[2] * m.Bg);
        double b = (row[0] * m.Rb) + (row[1] * m.Gb) + (row[2] * m.Bb);
        double offset = (row[0] * m.Ro) + (row[1] * m.Go) + (row[2] * m.Bo);
        const double one = 1 << WeightBits;
        int qr = Quantise(r * one), qb = Quantise(b * one);
        int qg = Quantise((r + g + b) * one) - qr - qb;
        return ((short)qr, (short)Math.Clamp(qg, short.MinValue, short.MaxValue), (short)qb, (int)Math.Round(Math.Clamp(offset, -255, 255) * one));
    }

    private static int Quantise(double value) => (int)Math.Clamp(Math.Round(value), short.MinValue, short.MaxValue);
}
