namespace JanitorVideo.Render.Imaging;

/// <summary>
/// A smooth depth proxy, image-sized and row-major: 0 is far, 1 is near. Built by
/// <see cref="DepthProxy"/>.
/// </summary>
public sealed class DepthMap
{
    /// <summary>Width in pixels (the image's).</summary>
    public required int Width { get; init; }

    /// <summary>Height in pixels (the image's).</summary>
    public required int Height { get; init; }

    /// <summary>Row-major depth from 0 (far) to 1 (near).</summary>
    public required float[] Depth { get; init; }

    /// <summary>
    /// Depth at (<paramref name="x"/>, <paramref name="y"/>) in image pixels, bilinear; whole
    /// coordinates hit pixels exactly, outside the map the edge value holds.
    /// </summary>
    public float At(float x, float y) => PlaneFilter.Bilinear(Depth, Width, Height, x, y);
}
