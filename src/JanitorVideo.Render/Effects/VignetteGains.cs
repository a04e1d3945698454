namespace JanitorVideo.Render.Effects;

/// <summary>
/// A separable vignette: gain(x, y) = Columns[x] × Rows[y], 1 in the middle falling towards the
/// edges, so corners (where both fall) darken most. Column gains are Q15 for the kernels.
/// </summary>
internal sealed class VignetteGains
{
    /// <summary>How much an edge midpoint darkens at full strength; a corner gets this twice over.</summary>
    private const double EdgeDarkening = 0.42;

    /// <summary>Above 2 keeps the middle of the frame flat and puts the falloff near the edges.</summary>
    private const double Falloff = 2.4;

    public VignetteGains(int width, int height, float strength)
    {
        Columns = new short[width];
        ChromaColumns = new short[width / 2];
        Rows = new float[height];
        ChromaRows = new float[height / 2];
        for (int x = 0; x < width; x++)
        {
            Columns[x] = Q15(Gain(x + 0.5, width, strength));
        }

        for (int x = 0; x < width / 2; x++)
        {
            ChromaColumns[x] = Q15(Gain((2 * x) + 1, width, strength));
        }

        for (int y = 0; y < height; y++)
        {
            Rows[y] = (float)Gain(y + 0.5, height, strength);
        }

        for (int y = 0; y < height / 2; y++)
        {
            ChromaRows[y] = (float)Gain((2 * y) + 1, height, strength);
        }
    }

    /// <summary>Per pixel column, Q15 (32767 is 1).</summary>
    public short[] Columns { get; }

    /// <summary>Per chroma column (the middle of each pair of pixel columns), Q15.</summary>
    public short[] ChromaColumns { get; }

    /// <summary>Per pixel row.</summary>
    public float[] Rows { get; }

    /// <summary>Per chroma row (the middle of each pair of pixel rows).</summary>
    public float[] ChromaRows { get; }

    private static double Gain(double at, int length, float strength)
    {
        double fromCentre = Math.Abs((2 * at / length) - 1);
        return 1 - (strength * EdgeDarkening * Math.Pow(fromCentre, Falloff));
    }

    private static short Q15(double gain) => (short)Math.Clamp(Math.Round(gain * 32768), 0, short.MaxValue);
}
