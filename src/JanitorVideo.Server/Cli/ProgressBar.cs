namespace JanitorVideo.Server.Cli;

/// <summary>Progress on stderr: a redrawn bar on a terminal, a line every tenth otherwise (logs stay readable).</summary>
internal sealed class ProgressBar(TextWriter writer, bool interactive) : IDisposable
{
    private const int Width = 30;
    private int _lastTenth = -1;
    private bool _drawn;

    /// <param name="percent">0–100.</param>
    public void Show(string stage, int percent)
    {
        percent = Math.Clamp(percent, 0, 100);
        if (interactive)
        {
            var filled = percent * Width / 100;
            writer.Write($"\r{stage,-10} [{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}%");
            _drawn = true;
            return;
        }

        var tenth = percent / 10;
        if (tenth != _lastTenth)
        {
            _lastTenth = tenth;
            writer.WriteLine($"{stage}: {percent}%");
        }
    }

    public void Finish()
    {
        if (_drawn)
        {
            writer.WriteLine();
            _drawn = false;
        }
    }

    public void Dispose() => Finish();
}
