using SkiaSharp;

namespace JanitorVideo.Render.Imaging;

/// <summary>
/// Finds the subject of an opaque picture without a learned model: at a small working size it
/// scores each pixel against colour models of the picture's edges, a saliency term and a
/// centre prior, cuts the score with Otsu's threshold, cleans the silhouette and scales it back
/// up with a soft edge. When nothing stands out it returns a centred oval marked
/// <see cref="SubjectMask.IsFallback"/>.
/// </summary>
public sealed class SaliencySubjectEstimator : ISubjectEstimator
{
    /// <summary>Long side of the working copy: enough for a silhouette, small enough to be quick.</summary>
    public const int WorkingLongSide = 256;

    // Blur of the working silhouette: its edge ramp becomes about 2·radius+1 working pixels.
    private const int EdgeBlurRadius = 1;

    public SubjectMask Estimate(SKBitmap image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var work = WorkingImage.From(image, WorkingLongSide);
        var (score, unlikeEdges) = SubjectScore.Compute(work);
        var silhouette = SubjectSegmentation.Segment(score, unlikeEdges, work.Width, work.Height);
        if (silhouette is null)
        {
            return FallbackSubject.Oval(image.Width, image.Height);
        }
        var soft = new float[silhouette.Length];
        for (var i = 0; i < soft.Length; i++)
        {
            soft[i] = silhouette[i];
        }
        PlaneFilter.BoxBlur(soft, work.Width, work.Height, EdgeBlurRadius, passes: 2);
        var alpha = MaskUpscale.ToFullSize(soft, work.Width, work.Height, image.Width, image.Height, rampWorkingPixels: (4 * EdgeBlurRadius) + 1);
        return SubjectMask.Measure(image.Width, image.Height, alpha, fromAlpha: false, isFallback: false);
    }
}
