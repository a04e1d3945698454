namespace JanitorVideo.Render.Audio;

/// <summary>
/// Where voices are summed: a dry stereo pair and a mono send that feeds the reverb.
/// </summary>
internal sealed class MixBuffer(int length, int sampleRate)
{
    public int SampleRate { get; } = sampleRate;

    public int Length { get; } = length;

    public float[] Left { get; } = new float[length];

    public float[] Right { get; } = new float[length];

    public float[] Send { get; } = new float[length];

    /// <summary>Adds a stereo sample with its reverb send level.</summary>
    public void Add(int index, double left, double right, double send)
    {
        Left[index] += (float)left;
        Right[index] += (float)right;
        Send[index] += (float)((left + right) * 0.5 * send);
    }
}
