namespace JanitorVideo.Render.Compose;

/// <summary>
/// For each row of a cut-out, found once when the scene is prepared: its longest run of fully
/// opaque pixels (alpha 255), and the extent of its visible pixels (alpha above 0). Where a cut-out
/// is opaque it hides whatever was drawn under it, so the layers beneath need not be drawn there;
/// outside its visible extent it draws nothing, so it need not be sampled there.
/// </summary>
public sealed unsafe class CutOutSpans
{
    private readonly int[] _opaqueStarts;
    private readonly int[] _opaqueEnds;
    private readonly int[] _visibleStarts;
    private readonly int[] _visibleEnds;

    private CutOutSpans(int[] opaqueStarts, int[] opaqueEnds, int[] visibleStarts, int[] visibleEnds)
    {
        _opaqueStarts = opaqueStarts;
        _opaqueEnds = opaqueEnds;
        _visibleStarts = visibleStarts;
        _visibleEnds = visibleEnds;
    }

    /// <summary>Rows of the cut-out.</summary>
    public int Height => _opaqueStarts.Length;

    public static CutOutSpans Of(Pixels cutOut)
    {
        var opaqueStarts = new int[cutOut.Height];
        var opaqueEnds = new int[cutOut.Height];
        var visibleStarts = new int[cutOut.Height];
        var visibleEnds = new int[cutOut.Height];
        for (var y = 0; y < cutOut.Height; y++)
        {
            var row = cutOut.Row(y);
            int best = 0, bestStart = 0, run = 0, first = -1, last = -1;
            for (var x = 0; x < cutOut.Width; x++)
            {
                var alpha = row[x] >> 24;
                if (alpha != 0)
                {
                    first = first < 0 ? x : first;
                    last = x;
                }
                run = alpha == 255 ? run + 1 : 0;
                if (run > best)
                {
                    (best, bestStart) = (run, x - run + 1);
                }
            }
            (opaqueStarts[y], opaqueEnds[y]) = (bestStart, bestStart + best);
            (visibleStarts[y], visibleEnds[y]) = first < 0 ? (0, 0) : (first, last + 1);
        }
        return new CutOutSpans(opaqueStarts, opaqueEnds, visibleStarts, visibleEnds);
    }

    /// <summary>
    /// The columns <c>[start, end)</c> opaque in both rows around <paramref name="srcY"/> (so in
    /// any blend of the two); false when there are none or a row lies outside the cut-out.
    /// </summary>
    public bool OpaqueAround(double srcY, out int start, out int end)
    {
        start = end = 0;
        if (!(srcY >= 0 && srcY < Height - 1))
        {
            return false;
        }
        var y = (int)srcY;
        start = Math.Max(_opaqueStarts[y], _opaqueStarts[y + 1]);
        end = Math.Min(_opaqueEnds[y], _opaqueEnds[y + 1]);
        return end > start;
    }

    /// <summary>
    /// The columns <c>[start, end)</c> visible in either row around <paramref name="srcY"/> (so
    /// outside them any blend of the two is transparent); false when neither row shows anything.
    /// </summary>
    public bool VisibleAround(double srcY, out int start, out int end)
    {
        start = end = 0;
        if (!(srcY > -1 && srcY < Height))
        {
            return false;
        }
        var y0 = (int)Math.Floor(srcY);
        (start, end) = (int.MaxValue, int.MinValue);
        foreach (var y in (ReadOnlySpan<int>)[y0, y0 + 1])
        {
            if (y >= 0 && y < Height && _visibleEnds[y] > _visibleStarts[y])
            {
                start = Math.Min(start, _visibleStarts[y]);
                end = Math.Max(end, _visibleEnds[y]);
            }
        }
        return end > start;
    }
}
