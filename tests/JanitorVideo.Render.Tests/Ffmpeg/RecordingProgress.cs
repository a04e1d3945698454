using JanitorVideo.Render.Ffmpeg;

namespace JanitorVideo.Render.Tests.Ffmpeg;

/// <summary>Keeps every progress report, in the order they were made (no thread hop, unlike Progress&lt;T&gt;).</summary>
internal sealed class RecordingProgress : IProgress<EncodeProgress>
{
    private readonly List<EncodeProgress> _reports = [];

    public IReadOnlyList<EncodeProgress> Reports
    {
        get
        {
            lock (_reports)
            {
                return [.. _reports];
            }
        }
    }

    public void Report(EncodeProgress value)
    {
        lock (_reports)
        {
            _reports.Add(value);
        }
    }
}
