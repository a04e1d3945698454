namespace JanitorVideo.Render.Audio;

/// <summary>Scales samples so their loudest point sits at a chosen peak.</summary>
internal static class PeakNormalizer
{
    /// <summary>-3 dBFS as a linear amplitude.</summary>
    public const double MinusThreeDbfs = 0.7079457843841379;

    public static void Normalize(StereoSamples samples, double targetPeak)
    {
        var peak = 0f;
        for (var i = 0; i < samples.Length; i++)
        {
            peak = Math.Max(peak, Math.Max(Math.Abs(samples.Left[i]), Math.Abs(samples.Right[i])));
        }

        if (peak <= 0)
        {
            return;
        }

        var gain = (float)(targetPeak / peak);
        for (var i = 0; i < samples.Length; i++)
        {
            samples.Left[i] *= gain;
            samples.Right[i] *= gain;
        }
    }
}
