namespace JanitorVideo.Render.Audio;

/// <summary>Oscillator shapes, as functions of phase in cycles.</summary>
internal static class Waveforms
{
    /// <summary>
    /// A band-limited sawtooth (PolyBLEP): a naive saw aliases into harsh whistles at 48 kHz, this
    /// one rounds the jump over one sample.
    /// </summary>
    /// <param name="cycles">The phase in cycles.</param>
    /// <param name="increment">Cycles per sample (frequency / sample rate).</param>
    public static double Saw(double cycles, double increment)
    {
        var phase = cycles - Math.Floor(cycles);
        var value = (2 * phase) - 1;
        if (phase < increment)
        {
            var x = phase / increment;
            value -= x + x - (x * x) - 1;
        }
        else if (phase > 1 - increment)
        {
            var x = (phase - 1) / increment;
            value -= (x * x) + x + x + 1;
        }

        return value;
    }
}
