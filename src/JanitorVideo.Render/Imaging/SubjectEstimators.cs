namespace JanitorVideo.Render.Imaging;

/// <summary>Chooses how to find the subject of a decoded image.</summary>
public static class SubjectEstimators
{
    /// <summary>The image's own alpha when it has transparency, else the saliency estimate.</summary>
    public static ISubjectEstimator For(SourceImage image) =>
        image.HasAlpha ? new AlphaSubjectEstimator() : new SaliencySubjectEstimator();
}
