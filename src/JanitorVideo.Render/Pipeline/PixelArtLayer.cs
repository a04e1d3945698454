namespace JanitorVideo.Render.Pipeline;

/// <summary>
/// A picture prepared as pixel art (see <see cref="PixelArtScene"/>): its art pixels, the whole
/// factor it is drawn at and where it sits in the frame at rest. Read-only once made.
/// </summary>
public sealed class PixelArtLayer
{
    /// <summary>Source pixels per art pixel, each way: art uploaded already enlarged is read at its own size.</summary>
    public required int Block { get; init; }

    /// <summary>Width in art pixels.</summary>
    public required int Width { get; init; }

    /// <summary>Height in art pixels.</summary>
    public required int Height { get; init; }

    /// <summary>
    /// A still's art pixels, row by row (premultiplied BGRA); null for an animation, whose frames
    /// (<see cref="SceneStill.Animated"/>) are read at one pixel per <see cref="Block"/>.
    /// </summary>
    public uint[]? Pixels { get; init; }

    /// <summary>Frame pixels per art pixel, each way: the largest whole number the framing has room for.</summary>
    public required int Scale { get; init; }

    /// <summary>The frame column of the art's left edge at rest.</summary>
    public required int Left { get; init; }

    /// <summary>The frame row of the art's top edge at rest.</summary>
    public required int Top { get; init; }

    /// <summary>The point the camera carries the art by (its subject's centre), as a fraction of the frame.</summary>
    public required double AnchorX { get; init; }

    /// <inheritdoc cref="AnchorX"/>
    public required double AnchorY { get; init; }

    /// <summary>The subject's base on the stage (0–1): parallax grows the subject from there.</summary>
    public required double BaseY { get; init; }

    /// <summary>The first art row below the upper body: a breath raises the rows above it by one art pixel.</summary>
    public required int Split { get; init; }

    /// <summary>
    /// How far the art may move each way, in frame pixels: the room the frame has around its visible
    /// part at rest, so a wide orbit never cuts a sprite's arm off at the frame's edge, nor shows an
    /// opaque picture's edge.
    /// </summary>
    public required (int X, int Y) Room { get; init; }

    /// <summary>The bytes of <see cref="Pixels"/>.</summary>
    public long Bytes => (Pixels?.LongLength ?? 0) * sizeof(uint);
}
