namespace JanitorVideo.Render.Audio;

/// <summary>The envelope shapes the voices share.</summary>
internal static class Envelopes
{
    /// <summary>A straight rise from 0 to 1 over the first <paramref name="seconds"/>, so no note starts with a click.</summary>
    public static double Attack(long n, int sampleRate, double seconds) => Math.Min(1, n / (seconds * sampleRate));

    /// <summary>1 while held, then a straight ramp to 0 over the release.</summary>
    public static double ReleaseGain(long n, int sustain, int release) => n < sustain ? 1 : Math.Max(0, 1 - ((double)(n - sustain) / release));

    /// <summary>A raised-cosine ramp from 0 to 1 as <paramref name="x"/> goes from 0 to 1.</summary>
    public static double SmoothRamp(double x) => x <= 0 ? 0 : x >= 1 ? 1 : 0.5 - (0.5 * SineTable.Sin((0.5 * x) + 0.25));
}
