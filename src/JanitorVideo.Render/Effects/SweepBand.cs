namespace JanitorVideo.Render.Effects;

/// <summary>
/// The light sweep: a soft diagonal band of extra luma (Q6) that crosses the frame from the top
/// left to the bottom right. Along a row the band is one stretch of a 1-D profile, so each row is
/// a slice of one table: the band's shape, with a frame width of zeros on either side.
/// </summary>
internal sealed class SweepBand
{
    /// <summary>Peak brightening at the centre of the band, in luma steps.</summary>
    private const double PeakSteps = 30;

    /// <summary>How far the band moves right for each row down: the slant of its edges.</summary>
    private const double Slant = 0.45;

    /// <summary>Width of the band along a row, as a fraction of the frame width.</summary>
    private const double WidthFraction = 0.35;

    private readonly short[] table;
    private readonly int width;
    private readonly int bandWidth;
    private readonly double travel;

    public SweepBand(int width, int height)
    {
        this.width = width;
        bandWidth = Math.Max(8, (int)Math.Round(width * WidthFraction));
        travel = width + (Slant * height) + bandWidth;
        table = new short[(2 * width) + bandWidth];
        for (int d = 0; d < bandWidth; d++)
        {
            double across = Math.Sin(Math.PI * (d + 0.5) / bandWidth);
            double soft = across * across;

            // A soft glow with a brighter core, like light gliding over a glossy print.
            double shape = (0.65 * soft) + (0.35 * Math.Pow(soft, 10));
            table[width + d] = (short)Math.Round(shape * PeakSteps * (1 << YuvCoefficients.ValueBits));
        }
    }

    /// <summary>The band's light on pixel row <paramref name="y"/> (zeros where it is not), <c>width</c> values long.</summary>
    public ReadOnlySpan<short> Row(int y, float progress)
    {
        if (progress is <= 0f or >= 1f)
        {
            return table.AsSpan(0, width);
        }

        // Pixel (x, y) sits at distance x + Slant·y − start into the band.
        double start = -bandWidth + (progress * travel);
        int into = (int)Math.Round((Slant * y) - start);
        int from = into + width;
        return from < 0 || from > width + bandWidth
            ? table.AsSpan(0, width)
            : table.AsSpan(from, width);
    }
}
