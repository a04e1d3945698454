namespace JanitorVideo.Render.Motion;

/// <summary>Easing curves on [0, 1]. Camera moves start and end at rest, so nothing jerks at the cuts.</summary>
public static class Easing
{
    /// <summary>Smootherstep: zero velocity and acceleration at both ends.</summary>
    public static double InOut(double t)
    {
        t = Math.Clamp(t, 0, 1);
        return t * t * t * (t * (t * 6 - 15) + 10);
    }

    /// <summary>0 → 1 → 0 over the clip, smooth everywhere: a move that returns to its start, for loops.</summary>
    public static double ThereAndBack(double t) => (1 - Math.Cos(2 * Math.PI * Math.Clamp(t, 0, 1))) / 2;

    /// <summary>
    /// The period nearest to <paramref name="nominalSeconds"/> that divides the clip a whole number
    /// of times, so periodic motion ends where it began.
    /// </summary>
    public static double FittedPeriod(double nominalSeconds, double clipSeconds)
    {
        var cycles = Math.Max(1, Math.Round(clipSeconds / nominalSeconds));
        return clipSeconds / cycles;
    }
}
