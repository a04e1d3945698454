namespace JanitorVideo.Bench;

/// <summary>Order statistics of a set of timings, in milliseconds.</summary>
internal sealed record Stats(double Median, double P95, double Min, int Count)
{
    public static Stats Of(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return new Stats(At(sorted, 0.5), At(sorted, 0.95), sorted[0], sorted.Length);
    }

    private static double At(double[] sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
