namespace JanitorVideo.Render.Effects;

/// <summary>
/// The one rule that makes effects loop: a motion that would repeat every <c>period</c> seconds
/// instead repeats a whole number of times per clip, so the last frame flows into the first.
/// </summary>
internal static class LoopRate
{
    /// <summary>Cycles per second near 1/<paramref name="period"/>; a whole number per clip (at least one) when looping.</summary>
    public static double PerSecond(double period, double duration, bool loop) =>
        loop ? Math.Max(1, Math.Round(duration / period)) / duration : 1 / period;
}
