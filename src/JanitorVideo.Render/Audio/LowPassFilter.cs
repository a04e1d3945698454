namespace JanitorVideo.Render.Audio;

/// <summary>
/// A two-pole low-pass (the trapezoidal state-variable filter), stable while its cutoff moves,
/// which the swelling string pads need.
/// </summary>
internal struct LowPassFilter
{
    private double _a1;
    private double _a2;
    private double _a3;
    private double _state1;
    private double _state2;
    private readonly double _damping;

    public LowPassFilter(double cutoffHz, int sampleRate, double resonance = 0.707)
    {
        _damping = 1 / resonance;
        SetCutoff(cutoffHz, sampleRate);
    }

    public void SetCutoff(double cutoffHz, int sampleRate)
    {
        var g = Math.Tan(Math.PI * Math.Min(cutoffHz, sampleRate * 0.45) / sampleRate);
        _a1 = 1 / (1 + (g * (g + _damping)));
        _a2 = g * _a1;
        _a3 = g * _a2;
    }

    public double Process(double input)
    {
        var v3 = input - _state2;
        var v1 = (_a1 * _state1) + (_a2 * v3);
        var v2 = _state2 + (_a2 * _state1) + (_a3 * v3);
        _state1 = (2 * v1) - _state1;
        _state2 = (2 * v2) - _state2;
        return v2;
    }
}
