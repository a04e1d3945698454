namespace JanitorVideo.Render.Tests.Imaging.Media;

/// <summary>How well a subject mask matches a true silhouette.</summary>
internal static class MaskScore
{
    /// <summary>Intersection over union of alpha ≥ 128 against the truth.</summary>
    public static double IntersectionOverUnion(byte[] alpha, bool[] truth)
    {
        long both = 0, either = 0;
        for (var i = 0; i < truth.Length; i++)
        {
            var found = alpha[i] >= 128;
            both += found && truth[i] ? 1 : 0;
            either += found || truth[i] ? 1 : 0;
        }
        return (double)both / either;
    }
}
