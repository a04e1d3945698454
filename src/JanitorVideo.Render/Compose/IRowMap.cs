namespace JanitorVideo.Render.Compose;

/// <summary>
/// A warp that maps each output row to one source row (any monotonic function of the row) and
/// each pixel in it affinely: <c>srcX = ScaleX · x + OffsetX</c>. Zoom, pan, shear by height,
/// breathing anchored at the base and depth-by-row parallax all have this form, which lets the
/// sampler work row by row (a vertical blend, then a horizontal resample) instead of per pixel.
/// </summary>
public interface IRowMap
{
    /// <param name="y">Output row.</param>
    /// <param name="srcY">Source row, in pixel-centre coordinates (0 is the centre of row 0).</param>
    /// <param name="scaleX">Source pixels per output pixel along the row.</param>
    /// <param name="offsetX">Source x, in pixel-centre coordinates, of output pixel 0.</param>
    void Row(int y, out double srcY, out double scaleX, out double offsetX);
}
