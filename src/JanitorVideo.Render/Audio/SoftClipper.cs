namespace JanitorVideo.Render.Audio;

/// <summary>
/// Rounds off the few loudest peaks (drum hits, mostly) with a smooth tanh knee, as a mastering
/// limiter would: after normalising to the same peak, the whole bed then sounds several dB louder
/// and no less clean.
/// </summary>
internal static class SoftClipper
{
    /// <summary>Leaves everything below <paramref name="threshold"/> (of a peak-1 signal) untouched.</summary>
    public static void Apply(StereoSamples samples, double threshold)
    {
        Apply(samples.Left, threshold);
        Apply(samples.Right, threshold);
    }

    private static void Apply(float[] channel, double threshold)
    {
        var headroom = 1 - threshold;
        for (var i = 0; i < channel.Length; i++)
        {
            var magnitude = Math.Abs(channel[i]);
            if (magnitude > threshold)
            {
                var knee = threshold + (headroom * Math.Tanh((magnitude - threshold) / headroom));
                channel[i] = (float)(Math.Sign(channel[i]) * knee);
            }
        }
    }
}
