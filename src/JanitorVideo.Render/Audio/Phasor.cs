namespace JanitorVideo.Render.Audio;

/// <summary>
/// A sine oscillator that turns a unit vector by a fixed angle each sample: four multiplications
/// instead of a sine call, and its sine and cosine also give the second and third harmonics
/// for free. In doubles the drift over a bed's length is far below a 16-bit sample.
/// </summary>
internal struct Phasor
{
    private readonly double _cosStep;
    private readonly double _sinStep;
    private double _cos;
    private double _sin;

    /// <param name="frequency">Hertz.</param>
    /// <param name="sampleRate">Samples per second.</param>
    /// <param name="startSample">Samples since the onset at the first sample produced.</param>
    /// <param name="phaseCycles">A phase offset, in cycles.</param>
    public Phasor(double frequency, int sampleRate, long startSample, double phaseCycles = 0)
    {
        var step = 2 * Math.PI * frequency / sampleRate;
        _cosStep = Math.Cos(step);
        _sinStep = Math.Sin(step);
        var cycles = (frequency * startSample / sampleRate) + phaseCycles;
        var angle = 2 * Math.PI * (cycles - Math.Floor(cycles));
        _cos = Math.Cos(angle);
        _sin = Math.Sin(angle);
    }

    /// <summary>sin θ.</summary>
    public readonly double Sin => _sin;

    /// <summary>sin 2θ.</summary>
    public readonly double Sin2 => 2 * _sin * _cos;

    /// <summary>sin 3θ.</summary>
    public readonly double Sin3 => _sin * (3 - (4 * _sin * _sin));

    /// <summary>A sine with a little second and third harmonic: warmer than a sine, softer than a saw.</summary>
    public readonly double Soft => _sin + (0.3 * Sin2) + (0.12 * Sin3);

    /// <summary>Moves one sample on.</summary>
    public void Advance()
    {
        var cos = (_cos * _cosStep) - (_sin * _sinStep);
        _sin = (_sin * _cosStep) + (_cos * _sinStep);
        _cos = cos;
    }
}
