namespace JanitorVideo.Render.Audio;

/// <summary>
/// e^(-t/τ) stepped one sample at a time by a single multiplication, so voices avoid calling
/// <see cref="Math.Exp(double)"/> for every sample.
/// </summary>
internal struct ExpDecay
{
    private readonly double _factor;
    private double _value;

    /// <param name="timeConstantSeconds">τ: the time to fall to 37 %.</param>
    /// <param name="sampleRate">Samples per second.</param>
    /// <param name="startSample">How many samples after the onset the first call to <see cref="Next"/> is.</param>
    public ExpDecay(double timeConstantSeconds, int sampleRate, long startSample)
    {
        _factor = Math.Exp(-1 / (timeConstantSeconds * sampleRate));
        _value = Math.Exp(-startSample / (timeConstantSeconds * sampleRate));
    }

    /// <summary>The current value; then moves one sample on.</summary>
    public double Next()
    {
        var value = _value;
        _value *= _factor;
        return value;
    }
}
