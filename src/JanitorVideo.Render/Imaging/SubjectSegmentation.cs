namespace JanitorVideo.Render.Imaging;

/// <summary>
/// Turns a subject score into one clean silhouette: Otsu's cut, opening and closing, the
/// largest region standing in the middle (and any large companion), holes filled. Says no
/// (null) when the picture has no convincing subject.
/// </summary>
internal static class SubjectSegmentation
{
    // Below this, the score has no two clear groups: nothing stands out.
    private const float MinSeparability = 0.45f;
    private const float MinSubjectScore = 0.35f;
    private const float MinScoreGap = 0.25f;
    private const float MinCoverage = 0.01f;
    private const float MaxCoverage = 0.85f;
    // A second region is kept when it is at least this share of the main one (a held object, a pet).
    private const float CompanionShare = 0.3f;
    private const float MinKeptShare = 0.5f;
    private const float MinContrastGap = 0.35f;

    /// <summary>A 0/1 plane of the subject, or null when nothing stands out.</summary>
    /// <param name="unlikeEdges">How unlike the picture's edges each pixel is, without the prior:
    /// the kept silhouette must stand apart on this alone, not only through the centre prior.</param>
    public static byte[]? Segment(float[] score, float[] unlikeEdges, int width, int height)
    {
        var (threshold, separability) = OtsuThreshold.Find(score);
        if (separability < MinSeparability)
        {
            return null;
        }
        var mask = new byte[score.Length];
        double above = 0, below = 0;
        var countAbove = 0;
        for (var i = 0; i < score.Length; i++)
        {
            var inside = score[i] > threshold;
            mask[i] = inside ? (byte)1 : (byte)0;
            countAbove += inside ? 1 : 0;
            above += inside ? score[i] : 0;
            below += inside ? 0 : score[i];
        }
        // Otsu splits any spread of scores, even a smooth one; a subject must also score high
        // in absolute terms and clearly above the rest.
        var meanAbove = above / Math.Max(1, countAbove);
        var meanBelow = below / Math.Max(1, score.Length - countAbove);
        if (meanAbove < MinSubjectScore || meanAbove - meanBelow < MinScoreGap)
        {
            return null;
        }
        var radius = Math.Max(1, Math.Max(width, height) / 128);
        BinaryMorphology.Open(mask, width, height, radius);
        BinaryMorphology.Close(mask, width, height, 2 * radius);
        var found = mask.Count(v => v != 0);
        KeepCentralRegions(mask, width, height);
        // Busy pictures light up in scattered patches; a subject is one body holding most of it.
        if (mask.Count(v => v != 0) < MinKeptShare * found)
        {
            return null;
        }
        ConnectedRegions.FillHoles(mask, width, height);
        if (MeanInside(unlikeEdges, mask, inside: true) - MeanInside(unlikeEdges, mask, inside: false) < MinContrastGap)
        {
            return null;
        }

        var coverage = mask.Count(v => v != 0) / (float)mask.Length;
        return coverage is < MinCoverage or > MaxCoverage ? null : mask;
    }

    private static void KeepCentralRegions(byte[] mask, int width, int height)
    {
        var (labels, sizes) = ConnectedRegions.Label(mask, width, height);
        if (sizes.Count <= 1)
        {
            return;
        }
        var central = Touching(labels, sizes.Count, width, height, 0.3f, 0.7f, 0.25f, 0.8f);
        var nearCentral = Touching(labels, sizes.Count, width, height, 0.15f, 0.85f, 0.1f, 0.95f);
        var main = 0;
        for (var label = 1; label < sizes.Count; label++)
        {
            if (central[label] && (main == 0 || sizes[label] > sizes[main]))
            {
                main = label;
            }
        }
        if (main == 0)
        {
            // Nothing in the middle: the largest region is the best guess left.
            main = Enumerable.Range(1, sizes.Count - 1).MaxBy(label => sizes[label]);
        }
        var keep = new bool[sizes.Count];
        for (var label = 1; label < sizes.Count; label++)
        {
            keep[label] = label == main || (nearCentral[label] && sizes[label] >= CompanionShare * sizes[main]);
        }
        for (var i = 0; i < mask.Length; i++)
        {
            mask[i] = keep[labels[i]] ? (byte)1 : (byte)0;
        }
    }

    // Which labels have a pixel inside the box given in fractions of the picture.
    private static bool[] Touching(int[] labels, int count, int width, int height, float left, float right, float top, float bottom)
    {
        var touching = new bool[count];
        int x0 = (int)(left * width), x1 = (int)Math.Ceiling(right * width);
        int y0 = (int)(top * height), y1 = (int)Math.Ceiling(bottom * height);
        for (var y = y0; y < Math.Min(y1, height); y++)
        {
            for (var x = x0; x < Math.Min(x1, width); x++)
            {
                touching[labels[(y * width) + x]] = true;
            }
        }
        return touching;
    }

    private static double MeanInside(float[] values, byte[] mask, bool inside)
    {
        double sum = 0;
        var count = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if ((mask[i] != 0) == inside)
            {
                sum += values[i];
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }
}
