using SkiaSharp;

namespace JanitorVideo.Render.Imaging;

/// <summary>
/// Where the subject (the character) is: one alpha value a pixel, image-sized, row-major, soft
/// at the edge. Built by an <see cref="ISubjectEstimator"/>.
/// </summary>
public sealed class SubjectMask
{
    /// <summary>Width in pixels (the image's).</summary>
    public required int Width { get; init; }

    /// <summary>Height in pixels (the image's).</summary>
    public required int Height { get; init; }

    /// <summary>Row-major subject alpha, 0 (background) to 255 (subject), feathered at the edge.</summary>
    public required byte[] Alpha { get; init; }

    /// <summary>The tight box of pixels with alpha at least 128 (right and bottom exclusive).</summary>
    public SKRectI Bounds { get; init; }

    /// <summary>Fraction of pixels with alpha at least 128.</summary>
    public float Coverage { get; init; }

    /// <summary>True when the mask is the image's own transparency.</summary>
    public bool FromAlpha { get; init; }

    /// <summary>
    /// True when nothing stood out and the mask is a plausible centred oval instead of a found
    /// subject: motion still works, but the subject may be missed.
    /// </summary>
    public bool IsFallback { get; init; }

    /// <summary>
    /// The alpha at (<paramref name="x"/>, <paramref name="y"/>) in mask pixels, bilinear, from 0
    /// to 1. Whole coordinates hit pixels exactly; outside the mask the edge value holds.
    /// </summary>
    public float At(float x, float y) => PlaneFilter.Bilinear(Alpha, Width, Height, x, y) / 255f;

    /// <summary>A mask with its bounds and coverage measured from <paramref name="alpha"/>.</summary>
    internal static SubjectMask Measure(int width, int height, byte[] alpha, bool fromAlpha, bool isFallback)
    {
        int left = width, top = height, right = -1, bottom = -1;
        long count = 0;
        for (var y = 0; y < height; y++)
        {
            var row = alpha.AsSpan(y * width, width);
            for (var x = 0; x < width; x++)
            {
                if (row[x] >= 128)
                {
                    count++;
                    left = Math.Min(left, x);
                    right = Math.Max(right, x);
                    top = Math.Min(top, y);
                    bottom = y;
                }
            }
        }
        return new SubjectMask
        {
            Width = width,
            Height = height,
            Alpha = alpha,
            Bounds = count == 0 ? SKRectI.Empty : new SKRectI(left, top, right + 1, bottom + 1),
            Coverage = (float)count / ((long)width * height),
            FromAlpha = fromAlpha,
            IsFallback = isFallback,
        };
    }
}
