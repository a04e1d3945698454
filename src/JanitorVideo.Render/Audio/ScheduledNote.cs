namespace JanitorVideo.Render.Audio;

/// <summary>
/// A note placed in a mix buffer: <see cref="Start"/> is its first sample (negative when it began
/// before the buffer), <see cref="SustainSamples"/> how long it is held, <see cref="Seed"/> the
/// seed of its noise, so a repeated note sounds the same on every pass of the loop.
/// </summary>
internal readonly record struct ScheduledNote(long Start, int SustainSamples, double Frequency, double Velocity, double Pan, ulong Seed)
{
    /// <summary>Left and right gains for the pan, at constant power.</summary>
    public (double Left, double Right) PanGains()
    {
        var angle = (Math.Clamp(Pan, -1, 1) + 1) * Math.PI / 4;
        return (Math.Cos(angle), Math.Sin(angle));
    }
}
