namespace JanitorVideo.Render.Audio;

/// <summary>A one-pole low-pass, used to colour noise (hats, claps, vinyl hiss).</summary>
internal struct OnePoleLowPass(double cutoffHz, int sampleRate)
{
    private readonly double _coefficient = 1 - Math.Exp(-2 * Math.PI * cutoffHz / sampleRate);
    private double _state;

    public double Process(double input) => _state += _coefficient * (input - _state);
}
