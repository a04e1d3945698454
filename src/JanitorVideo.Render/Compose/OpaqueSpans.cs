namespace JanitorVideo.Render.Compose;

/// <summary>
/// For each row of a cut-out, its longest run of fully opaque pixels (alpha 255), found once when
/// the scene is prepared. Where a cut-out is opaque it hides whatever was drawn under it, so the
/// layers beneath need not be drawn there at all.
/// </summary>
public sealed unsafe class OpaqueSpans
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    private OpaqueSpans(int[] starts, int[] ends)
    {
        _starts = starts;
        _ends = ends;
    }

    /// <summary>Rows of the cut-out.</summary>
    public int Height => _starts.Length;

    public static OpaqueSpans Of(Pixels cutOut)
    {
        var starts = new int[cutOut.Height];
        var ends = new int[cutOut.Height];
        for (var y = 0; y < cutOut.Height; y++)
        {
            var row = cutOut.Row(y);
            int best = 0, bestStart = 0, run = 0;
            for (var x = 0; x < cutOut.Width; x++)
            {
                run = row[x] >> 24 == 255 ? run + 1 : 0;
                if (run > best)
                {
                    (best, bestStart) = (run, x - run + 1);
                }
            }
            (starts[y], ends[y]) = (bestStart, bestStart + best);
        }
        return new OpaqueSpans(starts, ends);
    }

    /// <summary>
    /// The columns <c>[start, end)</c> opaque in both rows around <paramref name="srcY"/> (so in
    /// any blend of the two); false when there are none or a row lies outside the cut-out.
    /// </summary>
    public bool Around(double srcY, out int start, out int end)
    {
        start = end = 0;
        if (!(srcY >= 0 && srcY < Height - 1))
        {
            return false;
        }
        var y = (int)srcY;
        start = Math.Max(_starts[y], _starts[y + 1]);
        end = Math.Min(_ends[y], _ends[y + 1]);
        return end > start;
    }
}
