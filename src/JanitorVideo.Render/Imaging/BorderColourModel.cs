namespace JanitorVideo.Render.Imaging;

/// <summary>
/// The colours along one edge of a picture, as a few k-means clusters in Lab. A pixel far from
/// every cluster does not look like that edge's background.
/// </summary>
internal sealed class BorderColourModel
{
    // Clusters holding less than this share of the edge are likely the subject touching the edge.
    private const float MinShare = 0.08f;
    private const float MaxSpread = 20f;
    private const int Iterations = 8;

    private readonly (float L, float A, float B, float Spread)[] _clusters;

    private BorderColourModel((float, float, float, float)[] clusters) => _clusters = clusters;

    /// <summary>Fits <paramref name="k"/> clusters to the sampled pixels, deterministically.</summary>
    public static BorderColourModel Fit(WorkingImage image, int[] samples, int k)
    {
        // Seeds at quantiles of lightness: deterministic, and spread over the edge's range.
        var byLightness = samples.OrderBy(i => image.L[i]).ToArray();
        var centres = new (float L, float A, float B)[k];
        for (var c = 0; c < k; c++)
        {
            var i = byLightness[(int)((c + 0.5f) * byLightness.Length / k)];
            centres[c] = (image.L[i], image.A[i], image.B[i]);
        }
        var owner = new int[samples.Length];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            for (var s = 0; s < samples.Length; s++)
            {
                owner[s] = Nearest(centres, image, samples[s]);
            }
            var sums = new (double L, double A, double B, int N)[k];
            for (var s = 0; s < samples.Length; s++)
            {
                var i = samples[s];
                ref var sum = ref sums[owner[s]];
                sum = (sum.L + image.L[i], sum.A + image.A[i], sum.B + image.B[i], sum.N + 1);
            }
            for (var c = 0; c < k; c++)
            {
                if (sums[c].N > 0)
                {
                    centres[c] = ((float)(sums[c].L / sums[c].N), (float)(sums[c].A / sums[c].N), (float)(sums[c].B / sums[c].N));
                }
            }
        }
        var squared = new double[k];
        var members = new int[k];
        for (var s = 0; s < samples.Length; s++)
        {
            var c = owner[s];
            squared[c] += Distance2(centres[c], image, samples[s]);
            members[c]++;
        }
        var kept = Enumerable.Range(0, k)
            .Where(c => members[c] >= MinShare * samples.Length)
            .Select(c => (centres[c].L, centres[c].A, centres[c].B, Math.Min(MaxSpread, (float)Math.Sqrt(squared[c] / members[c]))))
            .ToArray();
        return new BorderColourModel(kept);
    }

    /// <summary>How far beyond the nearest cluster's own spread the colour lies (0 inside it).</summary>
    public float Distance(float l, float a, float b)
    {
        var best = float.MaxValue;
        foreach (var (cl, ca, cb, spread) in _clusters)
        {
            float dl = l - cl, da = a - ca, db = b - cb;
            var d = MathF.Sqrt((dl * dl) + (da * da) + (db * db)) - (1.5f * spread);
            best = Math.Min(best, d);
        }
        return Math.Max(0f, best);
    }

    private static int Nearest((float L, float A, float B)[] centres, WorkingImage image, int i)
    {
        var best = 0;
        var bestDistance = double.MaxValue;
        for (var c = 0; c < centres.Length; c++)
        {
            var d = Distance2(centres[c], image, i);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    private static float Distance2((float L, float A, float B) centre, WorkingImage image, int i)
    {
        float dl = image.L[i] - centre.L, da = image.A[i] - centre.A, db = image.B[i] - centre.B;
        return (dl * dl) + (da * da) + (db * db);
    }
}
