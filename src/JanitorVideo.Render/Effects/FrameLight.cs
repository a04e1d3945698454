namespace JanitorVideo.Render.Effects;

/// <summary>
/// What the finishing pass needs for one frame: <paramref name="Gain"/> multiplies the brightness
/// (0 is black, 1 unchanged: fades and the glow pulse); <paramref name="SweepProgress"/> places the
/// light sweep (0 just before it enters, 1 just after it leaves; outside 0..1 there is none);
/// <paramref name="GrainFrame"/> picks the grain pattern, a different one for each frame.
/// </summary>
public readonly record struct FrameLight(float Gain, float SweepProgress, int GrainFrame)
{
    /// <summary>Unchanged brightness, no sweep, the first grain pattern.</summary>
    public static FrameLight Neutral => new(1f, -1f, 0);

    /// <summary>True when the sweep band is somewhere in the frame.</summary>
    public bool HasSweep => SweepProgress > 0f && SweepProgress < 1f;
}
