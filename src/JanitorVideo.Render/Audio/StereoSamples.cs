namespace JanitorVideo.Render.Audio;

/// <summary>Two channels of float samples in [-1, 1], the same length.</summary>
internal sealed record StereoSamples(float[] Left, float[] Right)
{
    public int Length => Left.Length;
}
