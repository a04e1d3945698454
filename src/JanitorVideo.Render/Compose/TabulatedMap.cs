namespace JanitorVideo.Render.Compose;

/// <summary>
/// A row map worked out once for every output row of a frame, for a layer whose map is read
/// twice a frame (the subject: where it hides the stage, then its own drawing). The same values,
/// so the same pixels, as asking the map itself each time.
/// </summary>
public readonly struct TabulatedMap : IRowMap
{
    private readonly double[] _rows;

    private TabulatedMap(double[] rows) => _rows = rows;

    /// <summary>Fills <paramref name="rows"/> (three values a row, at least <c>3 × height</c>) from <paramref name="map"/>.</summary>
    public static TabulatedMap Of<TMap>(in TMap map, int height, double[] rows)
        where TMap : struct, IRowMap
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows.Length, height * 3, nameof(rows));
        for (var y = 0; y < height; y++)
        {
            map.Row(y, out rows[y * 3], out rows[(y * 3) + 1], out rows[(y * 3) + 2]);
        }

        return new TabulatedMap(rows);
    }

    public void Row(int y, out double srcY, out double scaleX, out double offsetX)
    {
        var at = y * 3;
        srcY = _rows[at];
        scaleX = _rows[at + 1];
        offsetX = _rows[at + 2];
    }
}
