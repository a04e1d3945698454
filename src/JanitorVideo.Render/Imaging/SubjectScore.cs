namespace JanitorVideo.Render.Imaging;

/// <summary>
/// How much each working pixel looks like the subject, from 0 to 1: unlike the picture's
/// edges (the main cue), unlike the picture's average colour (frequency-tuned saliency), and
/// near the middle and lower middle, where a character usually stands.
/// </summary>
internal static class SubjectScore
{
    private const int ClustersPerEdge = 3;
    private const float EdgeWeight = 0.75f;
    private const float SaliencyWeight = 0.25f;

    /// <summary>The combined score, and the edge-unlikeness alone (no prior, no saliency term).</summary>
    public static (float[] Score, float[] UnlikeEdges) Compute(WorkingImage image)
    {
        int width = image.Width, height = image.Height, n = width * height;
        var edges = EdgeSamples(width, height).Select(s => BorderColourModel.Fit(image, s, ClustersPerEdge)).ToArray();

        // A pixel is background when it matches at least two edges' colours: the subject usually
        // touches one edge (the bottom) and so pollutes that edge's model, never most of them.
        var distance = new float[n];
        Span<float> perEdge = stackalloc float[4];
        for (var i = 0; i < n; i++)
        {
            for (var e = 0; e < 4; e++)
            {
                perEdge[e] = edges[e].Distance(image.L[i], image.A[i], image.B[i]);
            }
            perEdge.Sort();
            distance[i] = perEdge[1];
        }
        // The scale adapts to how busy the background is: the 30th percentile is background.
        var tau = Math.Max(6f, 3f * Percentile(distance, 0.3f));
        var saliency = FrequencyTunedSaliency(image);
        var score = new float[n];
        var unlike = new float[n];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = (y * width) + x;
                var d = distance[i];
                var unlikeEdges = 1f - MathF.Exp(-(d * d) / (2f * tau * tau));
                unlike[i] = unlikeEdges;
                score[i] = ((EdgeWeight * unlikeEdges) + (SaliencyWeight * saliency[i])) * CentrePrior(x, y, width, height);
            }
        }
        PlaneFilter.BoxBlur(score, width, height, radius: 1);
        return (score, unlike);
    }

    /// <summary>A broad bump centred a little below the middle; the corners keep about half weight.</summary>
    public static float CentrePrior(int x, int y, int width, int height)
    {
        var dx = ((x + 0.5f) / width) - 0.5f;
        var dy = ((y + 0.5f) / height) - 0.55f;
        var g = MathF.Exp(-0.5f * (((dx * dx) / (0.3f * 0.3f)) + ((dy * dy) / (0.4f * 0.4f))));
        return 0.35f + (0.65f * g);
    }

    // Pixel indices of the top, bottom, left and right rings.
    private static int[][] EdgeSamples(int width, int height)
    {
        var ring = Math.Max(2, (int)Math.Round(0.06 * Math.Min(width, height)));
        var top = new List<int>();
        var bottom = new List<int>();
        var left = new List<int>();
        var right = new List<int>();
        for (var r = 0; r < Math.Min(ring, height); r++)
        {
            for (var x = 0; x < width; x++)
            {
                top.Add((r * width) + x);
                bottom.Add(((height - 1 - r) * width) + x);
            }
        }
        for (var y = 0; y < height; y++)
        {
            for (var c = 0; c < Math.Min(ring, width); c++)
            {
                left.Add((y * width) + c);
                right.Add((y * width) + (width - 1 - c));
            }
        }
        return [[.. top], [.. bottom], [.. left], [.. right]];
    }

    // Achanta et al.: distance of the slightly blurred colour from the picture's mean, scaled to 0..1.
    private static float[] FrequencyTunedSaliency(WorkingImage image)
    {
        int width = image.Width, height = image.Height;
        var l = (float[])image.L.Clone();
        var a = (float[])image.A.Clone();
        var b = (float[])image.B.Clone();
        PlaneFilter.BoxBlur(l, width, height, 1, passes: 2);
        PlaneFilter.BoxBlur(a, width, height, 1, passes: 2);
        PlaneFilter.BoxBlur(b, width, height, 1, passes: 2);
        float ml = l.Average(), ma = a.Average(), mb = b.Average();
        var s = new float[l.Length];
        var max = 1e-3f;
        for (var i = 0; i < s.Length; i++)
        {
            float dl = l[i] - ml, da = a[i] - ma, db = b[i] - mb;
            s[i] = MathF.Sqrt((dl * dl) + (da * da) + (db * db));
            max = Math.Max(max, s[i]);
        }
        for (var i = 0; i < s.Length; i++)
        {
            s[i] /= max;
        }
        return s;
    }

    private static float Percentile(float[] values, float fraction)
    {
        var sorted = (float[])values.Clone();
        Array.Sort(sorted);
        return sorted[(int)(fraction * (sorted.Length - 1))];
    }
}
