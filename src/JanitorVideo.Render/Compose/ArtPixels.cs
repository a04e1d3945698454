namespace JanitorVideo.Render.Compose;

/// <summary>
/// Pixel art read at its own resolution from a picture that may have been enlarged already: art
/// pixel (x, y) is source pixel (x·<see cref="Block"/>, y·<see cref="Block"/>), so art uploaded at
/// 4× needs no copy to be drawn at its native size.
/// </summary>
public readonly unsafe struct ArtPixels(Pixels source, int block)
{
    /// <summary>Source pixels per art pixel, each way (1 for art at its native size).</summary>
    public int Block { get; } = block;

    /// <summary>Width in art pixels.</summary>
    public int Width { get; } = source.Width / block;

    /// <summary>Height in art pixels.</summary>
    public int Height { get; } = source.Height / block;

    /// <summary>The source row art row <paramref name="y"/> is read from; its art pixels lie <see cref="Block"/> apart.</summary>
    public uint* Row(int y) => source.Row(y * Block);

    public uint At(int x, int y) => Row(y)[x * Block];
}
