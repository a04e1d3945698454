namespace JanitorVideo.Render.Pipeline;

/// <summary>How far a render is: its stage and frames done of the total.</summary>
public readonly record struct RenderProgress(string Stage, int FramesDone, int FrameCount)
{
    public double Fraction => FrameCount == 0 ? 0 : (double)FramesDone / FrameCount;
}
