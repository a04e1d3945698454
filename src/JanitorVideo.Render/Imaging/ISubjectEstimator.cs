using SkiaSharp;

namespace JanitorVideo.Render.Imaging;

/// <summary>
/// Finds the subject of a picture. Small on purpose, so a learned segmentation model can take
/// the place of the built-in estimators.
/// </summary>
public interface ISubjectEstimator
{
    /// <summary>The subject mask, the size of <paramref name="image"/> (BGRA premultiplied).</summary>
    SubjectMask Estimate(SKBitmap image);
}
