namespace JanitorVideo.Render.Compose;

/// <summary>
/// The output pixels a cut-out will overwrite with fully opaque pixels: those whose bilinear
/// footprint lies inside its opaque spans, less a pixel of margin at each end so rounding in the
/// sampler's fixed-point steps can never reach a pixel that is not opaque.
/// </summary>
public readonly struct CutOutCover<TMap>(TMap map, CutOutSpans spans) : IRowCover
    where TMap : struct, IRowMap
{
    /// <summary>Spans shorter than this are drawn anyway: skipping them would save less than it costs.</summary>
    private const int ShortestSkip = 16;

    public void Covered(int y, out int from, out int to)
    {
        from = to = 0;
        map.Row(y, out var srcY, out var scaleX, out var offsetX);
        if (scaleX <= 0 || !spans.OpaqueAround(srcY, out var start, out var end))
        {
            return;
        }
        // Sample x = offsetX + scaleX·col must have both neighbours, floor(x) and floor(x) + 1, in
        // [start, end): x in [start, end − 1); one more pixel of margin on each side.
        var first = Math.Max(0, (int)Math.Ceiling((start + 1 - offsetX) / scaleX));
        var last = (int)Math.Floor((end - 2 - offsetX) / scaleX);
        if (last - first >= ShortestSkip)
        {
            (from, to) = (first, last);
        }
    }
}
