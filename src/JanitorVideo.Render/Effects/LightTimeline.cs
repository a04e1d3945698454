namespace JanitorVideo.Render.Effects;

/// <summary>The light of each moment of a clip, as a pure function of time.</summary>
public static class LightTimeline
{
    /// <summary>How much brighter the glow pulse gets at its peak.</summary>
    internal const double PulseDepth = 0.07;

    /// <summary>About how long one glow pulse takes; with a loop, the clip holds a whole number of them.</summary>
    internal const double PulseSeconds = 3.0;

    /// <summary>About how far apart sweeps are; a clip has at least one.</summary>
    internal const double SweepSpacingSeconds = 6.0;

    /// <summary>The part of each sweep's slot the band spends crossing; before and after it the frame is clear, so loops join.</summary>
    internal const double SweepStart = 0.2, SweepLength = 0.6;

    /// <summary>The light at <paramref name="seconds"/> into a clip of <paramref name="durationSeconds"/>.</summary>
    public static FrameLight At(LightSpec spec, double seconds, double durationSeconds, bool loop)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validate();
        if (!(durationSeconds > 0 && double.IsFinite(durationSeconds)))
        {
            throw new RenderInputException($"A clip must last more than 0 seconds; it was {durationSeconds}.");
        }

        double t = Math.Clamp(double.IsFinite(seconds) ? seconds : 0, 0, durationSeconds);
        double gain = FadeIn(spec.FadeInSeconds, t) * FadeIn(spec.FadeOutSeconds, durationSeconds - t);
        if (spec.GlowPulse)
        {
            double cycles = t * LoopRate.PerSecond(PulseSeconds, durationSeconds, loop);
            gain *= 1 + (PulseDepth * 0.5 * (1 - Math.Cos(2 * Math.PI * cycles)));
        }

        float sweep = spec.Sweep ? SweepAt(t, durationSeconds) : -1f;

        // Grain changes every millisecond of clip time, so every frame at any frame rate differs;
        // with a loop the last instant wraps onto the first.
        long millis = (long)Math.Round(t * 1000);
        long loopMillis = Math.Max(1, (long)Math.Round(durationSeconds * 1000));
        int grainFrame = (int)(loop ? millis % loopMillis : millis);
        return new FrameLight((float)gain, sweep, grainFrame);
    }

    /// <summary>0 at the very start, easing up to 1 after <paramref name="length"/> seconds.</summary>
    private static double FadeIn(double length, double elapsed) =>
        length <= 0 ? 1 : SmoothStep(Math.Clamp(elapsed / length, 0, 1));

    private static float SweepAt(double t, double duration)
    {
        int sweeps = Math.Max(1, (int)Math.Round(duration / SweepSpacingSeconds));
        double slot = t / duration * sweeps;
        double within = slot - Math.Floor(slot);
        double progress = (within - SweepStart) / SweepLength;
        return progress is > 0 and < 1 ? (float)SmoothStep(progress) : -1f;
    }

    private static double SmoothStep(double x) => x * x * (3 - (2 * x));
}
