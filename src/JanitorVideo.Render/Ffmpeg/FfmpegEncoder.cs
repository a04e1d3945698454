using System.Buffers;
using System.Threading.Channels;
using JanitorVideo.Render.Mp4;

namespace JanitorVideo.Render.Ffmpeg;

/// <summary>
/// One MP4 being encoded by an FFmpeg child process (libx264, yuv420p, +faststart; AAC music when
/// asked, or copied in when an earlier clip encoded the same; see <see cref="MusicInput"/>). Frames
/// go in order through <see cref="WriteFrameAsync"/>: each is copied into a short queue and written
/// to FFmpeg's standard input in the background, so the renderer rarely waits. FFmpeg writes a
/// temporary file beside the destination (<c>name.mp4.&lt;random&gt;.tmp.mp4</c>, and scratch music
/// files beside it); <see cref="CompleteAsync"/> checks it (read in process by
/// <see cref="Mp4Probe"/>, with ffprobe only when that reader cannot tell) and only then renames it
/// into place. Cancelling, failing or disposing without completing kills FFmpeg and its children
/// and deletes the temporary file: a half-written or broken MP4 is never left behind and never
/// reported as a success.
/// Not thread-safe: call one method at a time.
/// </summary>
public sealed class FfmpegEncoder : IAsyncDisposable
{
    /// <summary>How long a failing FFmpeg gets to finish writing its last words before it is killed.</summary>
    private static readonly TimeSpan FailureGrace = TimeSpan.FromSeconds(5);

    private readonly EncodeSettings _settings;
    private readonly string _outputPath;
    private readonly string _tempPath;
    private readonly FfmpegTools _tools;
    private readonly ToolProcess _ffmpeg;
    private readonly MusicInput? _music;
    private readonly FramePipe _frames;
    private readonly CancellationToken _jobToken;
    private readonly CancellationTokenSource _abort;
    private readonly CancellationTokenRegistration _killOnAbort;
    private bool _finished;
    private bool _disposed;

    private FfmpegEncoder(EncodeSettings settings, string outputPath, string tempPath, FfmpegTools tools, ToolProcess ffmpeg, MusicInput? music, IProgress<EncodeProgress>? progress, CancellationToken jobToken)
    {
        _settings = settings;
        _outputPath = outputPath;
        _tempPath = tempPath;
        _tools = tools;
        _ffmpeg = ffmpeg;
        _music = music;
        _jobToken = jobToken;
        _abort = CancellationTokenSource.CreateLinkedTokenSource(jobToken);
        _killOnAbort = _abort.Token.Register(ffmpeg.Kill);
        _frames = new FramePipe(ffmpeg.Input, ffmpeg.CloseInput, settings.FrameBytes, settings.FrameCount, progress, _abort.Token);
    }

    /// <summary>The settings this encode was started with.</summary>
    public EncodeSettings Settings => _settings;

    /// <summary>How long <see cref="CompleteAsync"/> spent reading and checking the finished file (zero before it did).</summary>
    public TimeSpan VerifyTime { get; private set; }

    /// <summary>
    /// Starts FFmpeg for one clip. Music is checked first: a file that is not audio throws
    /// <see cref="RenderInputException"/>, as does a missing FFmpeg. Cancelling
    /// <paramref name="cancellationToken"/> at any time before completion cancels the whole encode.
    /// </summary>
    public static async Task<FfmpegEncoder> StartAsync(EncodeSettings settings, string outputPath, FfmpegTools tools, IProgress<EncodeProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(tools);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        settings.Validate();
        cancellationToken.ThrowIfCancellationRequested();

        var (fullOutput, scratch) = ScratchFiles.Beside(outputPath);
        var tempPath = scratch + ScratchFiles.TempVideoSuffix;

        MusicInput? music = null;
        try
        {
            if (settings.Music is { } spec)
            {
                music = await MusicInput.PrepareAsync(spec, settings, scratch, tools, cancellationToken);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var ffmpeg = ToolProcess.Start(tools.Ffmpeg, FfmpegArguments.Build(settings, music, tempPath), withInput: true, captureOutput: false);
            return new FfmpegEncoder(settings, fullOutput, tempPath, tools, ffmpeg, music, progress, cancellationToken);
        }
        catch
        {
            music?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Queues the next frame: exactly Width×Height×3/2 bytes of yuv420p (Y plane, then U, then V).
    /// The bytes are copied, so the caller may reuse its buffer as soon as this returns.
    /// </summary>
    /// <exception cref="ArgumentException">The frame is not the size the settings imply.</exception>
    /// <exception cref="FfmpegFailedException">FFmpeg stopped; the encode is over and nothing was saved.</exception>
    public async ValueTask WriteFrameAsync(ReadOnlyMemory<byte> yuv420p, CancellationToken cancellationToken = default)
    {
        if (yuv420p.Length != _settings.FrameBytes)
        {
            throw new ArgumentException(
                $"A {_settings.Width}x{_settings.Height} yuv420p frame is {_settings.FrameBytes} bytes; this one is {yuv420p.Length}.", nameof(yuv420p));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(_settings.FrameBytes);
        yuv420p.Span.CopyTo(buffer);
        await WriteRentedFrameAsync(buffer, cancellationToken);
    }

    /// <summary>
    /// Queues the next frame from a buffer rented from <see cref="ArrayPool{T}.Shared"/>, whose first
    /// Width×Height×3/2 bytes are the frame, without copying it: the encoder takes the buffer over and
    /// returns it to the pool once the frame is written, or as soon as this throws.
    /// </summary>
    /// <exception cref="ArgumentException">The buffer is shorter than a frame.</exception>
    /// <exception cref="FfmpegFailedException">FFmpeg stopped; the encode is over and nothing was saved.</exception>
    public async ValueTask WriteRentedFrameAsync(byte[] rented, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rented);
        var queued = false;
        try
        {
            if (rented.Length < _settings.FrameBytes)
            {
                throw new ArgumentException(
                    $"A {_settings.Width}x{_settings.Height} yuv420p frame is {_settings.FrameBytes} bytes; this buffer holds {rented.Length}.", nameof(rented));
            }

            EnsureRunning();
            if (_frames.Queued >= _settings.FrameCount)
            {
                throw new InvalidOperationException($"All {_settings.FrameCount} frames were already written; complete the encode.");
            }

            if (IsCancelled(cancellationToken))
            {
                throw await CancelAsync(cancellationToken);
            }

            using var linked = Link(cancellationToken);
            try
            {
                await _frames.EnqueueRentedAsync(rented, linked?.Token ?? _abort.Token);
                queued = true;
            }
            catch (OperationCanceledException) when (IsCancelled(cancellationToken))
            {
                throw await CancelAsync(cancellationToken);
            }
            catch (ChannelClosedException)
            {
                throw await FailAsync($"FFmpeg stopped after {_frames.Written} of {_settings.FrameCount} frames");
            }
        }
        finally
        {
            if (!queued)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Ends the stream, waits for FFmpeg, reads the file's boxes (<see cref="Mp4Probe"/>: every
    /// sample inside the file; ffprobe only when that reader cannot tell), checks what they say
    /// (h264, yuv420p, frame size, frame count within one, music present and as long as the clip)
    /// and moves it to the output path, replacing any file there. Returns what was found.
    /// </summary>
    /// <exception cref="InvalidOperationException">Not every frame was written; nothing was saved.</exception>
    /// <exception cref="FfmpegFailedException">FFmpeg failed or its file did not pass the check; nothing was saved.</exception>
    public async Task<MediaProbe> CompleteAsync(CancellationToken cancellationToken = default)
    {
        EnsureRunning();
        if (_frames.Queued != _settings.FrameCount)
        {
            await AbortAsync();
            throw new InvalidOperationException($"Only {_frames.Queued} of {_settings.FrameCount} frames were written; the encode was abandoned and nothing was saved.");
        }

        try
        {
            return await FinishAsync(cancellationToken);
        }
        catch
        {
            await AbortAsync();
            throw;
        }
    }

    /// <summary>Without a successful <see cref="CompleteAsync"/>: kills FFmpeg and deletes the temporary file.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await AbortAsync();
        await _killOnAbort.DisposeAsync();
        _abort.Dispose();
        _ffmpeg.Dispose();
        _music?.Dispose();
    }

    private async Task<MediaProbe> FinishAsync(CancellationToken cancellationToken)
    {
        _frames.Complete();
        using var linked = Link(cancellationToken);
        var token = linked?.Token ?? _abort.Token;
        int exitCode;
        try
        {
            await _frames.Pump.WaitAsync(token);
            exitCode = await _ffmpeg.WaitForExitAsync(token);
            _frames.ReleaseSpliced();
        }
        catch (OperationCanceledException) when (IsCancelled(cancellationToken))
        {
            throw await CancelAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw await FailAsync($"FFmpeg stopped after {_frames.Written} of {_settings.FrameCount} frames");
        }

        if (exitCode != 0)
        {
            throw await FailAsync($"FFmpeg failed with exit code {exitCode}");
        }

        MediaProbe probe;
        var verifying = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            probe = Mp4Probe.Read(_tempPath) ?? await Ffprobe.ReadVideoAsync(_tempPath, _tools, token);
        }
        catch (OperationCanceledException) when (IsCancelled(cancellationToken))
        {
            throw await CancelAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException or FileNotFoundException or System.Text.Json.JsonException)
        {
            throw await FailAsync($"FFmpeg finished but its file is not a playable MP4 ({ex.Message})");
        }

        var problems = EncodeVerification.Problems(probe, _settings);
        VerifyTime = System.Diagnostics.Stopwatch.GetElapsedTime(verifying);
        if (problems.Count > 0)
        {
            throw await FailAsync($"The encoded file failed its check: {string.Join("; ", problems)}");
        }

        if (_music is not null)
        {
            await _music.KeepFromAsync(_tempPath, _tools, token);
        }

        File.Move(_tempPath, _outputPath, overwrite: true);
        _finished = true;
        _music?.Dispose();
        return probe;
    }

    /// <summary>Cleans up after a cancellation and returns the exception to throw.</summary>
    private async Task<OperationCanceledException> CancelAsync(CancellationToken cancellationToken)
    {
        await AbortAsync();
        var token = cancellationToken.IsCancellationRequested ? cancellationToken : _jobToken;
        return new OperationCanceledException("The encode was cancelled; nothing was saved.", token);
    }

    /// <summary>
    /// FFmpeg stopped or its file is bad: collects its last words, cleans up, and returns the
    /// exception to throw.
    /// </summary>
    private async Task<Exception> FailAsync(string what)
    {
        if (_jobToken.IsCancellationRequested)
        {
            return await CancelAsync(_jobToken);
        }

        int? exitCode = null;
        using (var grace = new CancellationTokenSource(FailureGrace))
        {
            try
            {
                exitCode = await _ffmpeg.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                // Still running after its input broke: it is killed below.
            }
        }

        var lines = _ffmpeg.Stderr.Lines;
        await AbortAsync();
        return new FfmpegFailedException(what, exitCode, lines);
    }

    /// <summary>Kills FFmpeg and deletes the temporary file; safe to call more than once.</summary>
    private async Task AbortAsync()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        await _abort.CancelAsync();
        _ffmpeg.Kill();
        await _frames.DrainAsync();

        try
        {
            await _ffmpeg.WaitForExitAsync(CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            // It never fully started.
        }

        // FFmpeg is gone: nothing reads the frames still in the pipe.
        _frames.ReleaseSpliced();

        ScratchFiles.DeleteQuietly(_tempPath);
        _music?.Dispose();
    }

    private bool IsCancelled(CancellationToken cancellationToken) => cancellationToken.IsCancellationRequested || _jobToken.IsCancellationRequested;

    private CancellationTokenSource? Link(CancellationToken cancellationToken) =>
        cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _abort.Token) : null;

    private void EnsureRunning()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_finished)
        {
            throw new InvalidOperationException("This encode is over (completed, cancelled or failed); start a new one.");
        }
    }
}
