namespace JanitorVideo.Render.Ffmpeg;

/// <summary>
/// FFmpeg failed, or produced a file that did not pass its check. Nothing was left at the output
/// path. The message ends with FFmpeg's own last words; <see cref="LastLines"/> has up to 50.
/// </summary>
public sealed class FfmpegFailedException(string message, int? exitCode, IReadOnlyList<string> lastLines)
    : Exception(Describe(message, lastLines))
{
    /// <summary>FFmpeg's exit code, when it had exited.</summary>
    public int? ExitCode { get; } = exitCode;

    /// <summary>The last lines FFmpeg wrote to its error output.</summary>
    public IReadOnlyList<string> LastLines { get; } = lastLines;

    private static string Describe(string message, IReadOnlyList<string> lastLines)
    {
        var said = lastLines.Where(line => !string.IsNullOrWhiteSpace(line)).TakeLast(5).ToList();
        return said.Count == 0 ? message : $"{message}. FFmpeg said: {string.Join(" | ", said)}";
    }
}
