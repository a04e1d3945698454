namespace JanitorVideo.Render.Imaging;

/// <summary>
/// Otsu's threshold for values in 0..1: the cut that best separates two groups, and how well
/// it separates them (between-group variance over total variance, 0..1).
/// </summary>
internal static class OtsuThreshold
{
    private const int Bins = 256;

    public static (float Threshold, float Separability) Find(float[] values)
    {
        var histogram = new long[Bins];
        double sum = 0, sumSquares = 0;
        foreach (var v in values)
        {
            var c = Math.Clamp(v, 0f, 1f);
            histogram[Math.Min(Bins - 1, (int)(c * Bins))]++;
            sum += c;
            sumSquares += c * c;
        }
        long total = values.Length;
        var mean = sum / total;
        var variance = (sumSquares / total) - (mean * mean);
        if (total == 0 || variance <= 1e-9)
        {
            return (1f, 0f);
        }
        double weightBelow = 0, sumBelow = 0, bestBetween = -1;
        var best = 0;
        double allBinSum = 0;
        for (var i = 0; i < Bins; i++)
        {
            allBinSum += histogram[i] * ((i + 0.5) / Bins);
        }
        for (var i = 0; i < Bins - 1; i++)
        {
            weightBelow += histogram[i];
            sumBelow += histogram[i] * ((i + 0.5) / Bins);
            var weightAbove = total - weightBelow;
            if (weightBelow == 0 || weightAbove == 0)
            {
                continue;
            }
            var meanBelow = sumBelow / weightBelow;
            var meanAbove = (allBinSum - sumBelow) / weightAbove;
            var between = weightBelow * weightAbove * (meanBelow - meanAbove) * (meanBelow - meanAbove) / ((double)total * total);
            if (between > bestBetween)
            {
                bestBetween = between;
                best = i;
            }
        }
        return ((best + 1f) / Bins, (float)Math.Clamp(bestBetween / variance, 0, 1));
    }
}
