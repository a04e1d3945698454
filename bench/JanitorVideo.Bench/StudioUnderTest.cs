using System.Diagnostics;
using System.Text.RegularExpressions;

namespace JanitorVideo.Bench;

/// <summary>
/// <c>janitor-video studio --port 0</c> as a child process: the NemoVideo API played over loopback
/// HTTP, for the cloud backend to talk to. Its address is read from the line it logs when it listens.
/// </summary>
internal sealed partial class StudioUnderTest : IAsyncDisposable
{
    private readonly Process _process;

    private StudioUnderTest(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public int Pid => _process.Id;

    /// <summary>The studio process's own memory now and at its peak (FFmpeg's children not counted).</summary>
    public ProcessMemory Memory => ProcessMemory.Of(Pid);

    /// <summary>The CPU time the studio process has used (user and system, FFmpeg's children not counted).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<StudioUnderTest> StartAsync(string dll, string dataDir, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { dll, "studio", "--port", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["JANITOR_DATA_DIR"] = dataDir;
        var process = Process.Start(start) ?? throw new InvalidOperationException("The studio did not start.");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var seen = new List<string>();
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                listening.TrySetException(new InvalidOperationException("The studio stopped before it listened:\n" + string.Join('\n', seen.TakeLast(20))));
                return;
            }

            if (seen.Count < 200)
            {
                seen.Add(line.Data);
            }

            if (ListeningLine().Match(line.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            return new StudioUnderTest(process, await listening.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Studio API at (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
