using SkiaSharp;

namespace JanitorVideo.Render.Imaging;

/// <summary>
/// The subject is what the picture itself leaves opaque (a cut-out character). When the alpha
/// outlines nothing useful (a few transparent corners on an otherwise opaque photo), the
/// <paramref name="whenNotCutOut"/> estimator decides instead.
/// </summary>
public sealed class AlphaSubjectEstimator(ISubjectEstimator? whenNotCutOut = null) : ISubjectEstimator
{
    // Above this share of opaque pixels the alpha is framing, not a cut-out.
    private const float MaxCutOutCoverage = 0.95f;
    private const float MinVisibleCoverage = 0.001f;

    private readonly ISubjectEstimator _whenNotCutOut = whenNotCutOut ?? new SaliencySubjectEstimator();

    public unsafe SubjectMask Estimate(SKBitmap image)
    {
        ArgumentNullException.ThrowIfNull(image);
        int width = image.Width, height = image.Height;
        var alpha = new byte[width * height];
        var pixels = (byte*)image.GetPixels();
        var alphaOffset = image.ColorType is SKColorType.Bgra8888 or SKColorType.Rgba8888 ? 3 : -1;
        for (var y = 0; y < height; y++)
        {
            var row = pixels + ((long)y * image.RowBytes);
            var dst = alpha.AsSpan(y * width, width);
            for (var x = 0; x < width; x++)
            {
                dst[x] = alphaOffset < 0 ? (byte)255 : row[(x * 4) + alphaOffset];
            }
        }
        var sharp = SubjectMask.Measure(width, height, alpha, fromAlpha: true, isFallback: false);
        if (sharp.Coverage > MaxCutOutCoverage)
        {
            return _whenNotCutOut.Estimate(image);
        }
        if (sharp.Coverage < MinVisibleCoverage)
        {
            return FallbackSubject.Oval(width, height);
        }
        // A one-pixel softening: cut-outs are often hard-edged, and a hard edge shimmers in motion.
        PlaneFilter.BoxBlur3(alpha, width, height);
        return SubjectMask.Measure(width, height, alpha, fromAlpha: true, isFallback: false);
    }
}
