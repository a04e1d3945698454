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

    private readonly short[] _table;
    private readonly int _width;
    private readonly int _bandWidth;
    private readonly double _travel;

    public SweepBand(int width, int height)
    {
        _width = width;
        _bandWidth = Math.Max(8, (int)Math.Round(width * WidthFraction));
        _travel = width + (Slant * height) + _bandWidth;
        _table = new short[(2 * width) + _bandWidth];
        for (int d = 0; d < _bandWidth; d++)
        {
            double across = Math.Sin(Math.PI * (d + 0.5) / _bandWidth);
            double soft = across * across;

            // A soft glow with a brighter core, like light gliding over a glossy print.
            double shape = (0.65 * soft) + (0.35 * Math.Pow(soft, 10));
            _table[width + d] = (short)Math.Round(shape * PeakSteps * (1 << YuvCoefficients.ValueBits));
        }
    }

    /// <summary>The band's light on pixel row <paramref name="y"/> (zeros where it is not), <c>width</c> values long.</summary>
    public ReadOnlySpan<short> Row(int y, float progress)
    {
        if (progress is <= 0f or >= 1f)
        {
            return _table.AsSpan(0, _width);
        }

        // Pixel (x, y) sits at distance x + Slant·y − start into the band.
        double start = -_bandWidth + (progress * _travel);
        int into = (int)Math.Round((Slant * y) - start);
        int from = into + _width;
        return from < 0 || from > _width + _bandWidth
            ? _table.AsSpan(0, _width)
            : _table.AsSpan(from, _width);
    }
}
