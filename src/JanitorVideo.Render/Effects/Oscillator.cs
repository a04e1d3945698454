namespace JanitorVideo.Render.Effects;

/// <summary>
/// A repeating motion as a pure function of time: <see cref="Cycles"/> counts cycles since the
/// clip began. With a loop the rate is a whole number of cycles per clip and <see cref="Lanes"/>
/// is that number, so per-cycle choices (where a flake falls next) repeat with the clip.
/// </summary>
internal readonly record struct Oscillator(double Rate, double Phase, int Lanes)
{
    /// <summary>Never moves.</summary>
    public static Oscillator Still => new(0, 0, 0);

    /// <summary>Repeats about every <paramref name="period"/> seconds (negative runs backwards), starting at <paramref name="phase"/> cycles.</summary>
    public static Oscillator Create(double period, double phase, double duration, bool loop)
    {
        if (period == 0 || !double.IsFinite(period))
        {
            return Still;
        }

        double rate = LoopRate.PerSecond(Math.Abs(period), duration, loop);
        int lanes = loop ? (int)Math.Round(rate * duration) : 0;
        return new(Math.Sign(period) * rate, phase, lanes);
    }

    public double Cycles(double seconds) => (seconds * Rate) + Phase;

    /// <summary>The sine of the cycle: −1..1.</summary>
    public double Sin(double seconds) => Math.Sin(2 * Math.PI * Cycles(seconds));

    /// <summary>Which cycle this is (wrapped to <see cref="Lanes"/> when looping) and how far into it, 0..1.</summary>
    public (long Lane, double Within) Split(double seconds)
    {
        double cycles = Cycles(seconds);
        double whole = Math.Floor(cycles);
        long lane = (long)whole;
        if (Lanes > 0)
        {
            lane = ((lane % Lanes) + Lanes) % Lanes;
        }

        return (lane, cycles - whole);
    }
}
