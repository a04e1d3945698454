using System.ComponentModel;
using System.Diagnostics;

namespace JanitorVideo.Render.Ffmpeg;

/// <summary>
/// FFmpeg or ffprobe as a child process: arguments passed as a list (no shell), standard output
/// captured or drained (never inherited: our own stdout is the MCP channel), standard error
/// read continuously into a <see cref="StderrTail"/>.
/// </summary>
internal sealed class ToolProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task _errors;

    private ToolProcess(Process process, bool captureOutput)
    {
        _process = process;
        _output = captureOutput ? process.StandardOutput.ReadToEndAsync() : DrainAsync(process.StandardOutput);
        _errors = Stderr.PumpAsync(process.StandardError);
    }

    /// <summary>The last lines the tool wrote to its error output.</summary>
    public StderrTail Stderr { get; } = new();

    /// <summary>The tool's standard input, when it was started with one.</summary>
    public Stream Input => _process.StandardInput.BaseStream;

    /// <summary>
    /// Starts the tool. A missing or unrunnable executable becomes a
    /// <see cref="RenderInputException"/> with install advice.
    /// </summary>
    public static ToolProcess Start(string executable, IEnumerable<string> arguments, bool withInput, bool captureOutput)
    {
        var info = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = withInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            var process = Process.Start(info) ?? throw new RenderInputException($"{FfmpegTools.NotInstalledMessage} ({executable} did not start).");
            if (withInput)
            {
                Os.PipeCapacity.TryGrow(process.StandardInput.BaseStream, Os.PipeCapacity.Large);
            }

            return new ToolProcess(process, captureOutput);
        }
        catch (Win32Exception ex)
        {
            throw new RenderInputException($"{FfmpegTools.NotInstalledMessage} (could not start {executable}: {ex.Message}).", ex);
        }
    }

    /// <summary>Waits for the tool to exit and its output to be read; returns the exit code.</summary>
    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken);
        await _errors;
        await _output;
        return _process.ExitCode;
    }

    /// <summary>
    /// As <see cref="WaitForExitAsync"/>, but a cancelled wait kills the tool and waits until it is
    /// gone before the cancellation goes on, so the caller may remove the files it was writing.
    /// </summary>
    public async Task<int> RunToExitAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Kill();
            await _process.WaitForExitAsync(CancellationToken.None);
            throw;
        }
    }

    /// <summary>Everything the tool wrote to standard output (when captured), after it exited.</summary>
    public Task<string> OutputAsync() => _output;

    /// <summary>Closes standard input, which tells FFmpeg the stream is over.</summary>
    public void CloseInput()
    {
        try
        {
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The pipe is already broken: the tool has gone, which the caller finds out from it.
        }
    }

    /// <summary>Kills the tool and anything it started; harmless when it has already exited.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        catch (Win32Exception)
        {
            // Exiting as we asked.
        }
    }

    public void Dispose() => _process.Dispose();

    private static async Task<string> DrainAsync(StreamReader reader)
    {
        try
        {
            await reader.BaseStream.CopyToAsync(Stream.Null);
        }
        catch (IOException)
        {
        }

        return string.Empty;
    }
}
