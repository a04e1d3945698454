namespace JanitorVideo.Studio.Rendering;

/// <summary>
/// Percent done of a whole draft, weighted by frames across its shots, reported in order and only
/// when it rises: shots report from FFmpeg's pump thread, and a bar must never go backwards.
/// </summary>
internal sealed class RenderPercent(IProgress<int>? sink, int totalFrames, int framesShare)
{
    private readonly Lock _gate = new();
    private int _reported = -1;

    /// <summary>Reports the share of <paramref name="framesDone"/> (counted from the first shot's first frame).</summary>
    public void Frames(int framesDone) =>
        Report(totalFrames <= 0 ? 0 : (int)((long)framesShare * Math.Clamp(framesDone, 0, totalFrames) / totalFrames));

    public void Report(int percent)
    {
        if (sink is null)
        {
            return;
        }

        lock (_gate)
        {
            if (percent <= _reported)
            {
                return;
            }

            _reported = percent;
            sink.Report(percent);
        }
    }
}
