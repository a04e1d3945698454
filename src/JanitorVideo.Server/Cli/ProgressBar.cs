using JanitorVideo.Render.Pipeline;

namespace JanitorVideo.Server.Cli;

/// <summary>Render progress on stderr: a redrawn bar on a terminal, a line every tenth otherwise (logs stay readable).</summary>
internal sealed class ProgressBar(TextWriter writer, bool interactive) : IDisposable
{
    private const int Width = 30;
    private int lastTenth = -1;
    private bool drawn;

    public void Show(RenderProgress progress)
    {
        var fraction = Math.Clamp(progress.Fraction, 0, 1);
        if (interactive)
        {
            var filled = (int)(fraction * Width);
            writer.Write($"\r{progress.Stage,-10} [{new string('#', filled)}{new string('.', Width - filled)}] {progress.FramesDone}/{progress.FrameCount}");
            drawn = true;
            return;
        }
        var tenth = (int)(fraction * 10);
        if (tenth != lastTenth)
        {
            lastTenth = tenth;
            writer.WriteLine($"{progress.Stage}: {progress.FramesDone}/{progress.FrameCount} frames");
        }
    }

    public void Finish()
    {
        if (drawn)
        {
            writer.WriteLine();
            drawn = false;
        }
    }

    public void Dispose() => Finish();
}
