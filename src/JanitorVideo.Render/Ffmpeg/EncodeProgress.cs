namespace JanitorVideo.Render.Ffmpeg;

/// <summary>How many frames have reached FFmpeg, of how many.</summary>
public readonly record struct EncodeProgress(int FramesDone, int FrameCount)
{
    /// <summary>Done as a fraction from 0 to 1.</summary>
    public double Fraction => FrameCount == 0 ? 0 : (double)FramesDone / FrameCount;
}
