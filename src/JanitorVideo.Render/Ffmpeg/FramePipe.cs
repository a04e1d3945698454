using System.Buffers;
using System.Runtime.InteropServices;
using System.Threading.Channels;
using JanitorVideo.Render.Os;

namespace JanitorVideo.Render.Ffmpeg;

/// <summary>
/// Frames on their way into FFmpeg: each, in a pooled buffer, is queued, and a
/// background pump writes them to the process's input in order, reporting progress as each one
/// lands. The queue is short, so memory stays bounded and a slow encoder holds the renderer back.
/// On Linux the pump splices each frame's own memory into the pipe (<see cref="PipeSplice"/>)
/// rather than copying it there; such a buffer is pinned and goes back to the pool only once
/// FFmpeg has read it: once a pipe's worth of later bytes followed it, or after FFmpeg exited
/// (<see cref="ReleaseSpliced"/>).
/// </summary>
internal sealed class FramePipe
{
    /// <summary>Frames waiting for the pipe: enough to smooth out the renderer, few enough to bound memory.</summary>
    private const int QueueCapacity = 4;

    private readonly Stream _input;
    private readonly Action _closeInput;
    private readonly int _frameBytes;
    private readonly int _frameCount;
    private readonly IProgress<EncodeProgress>? _progress;
    private readonly CancellationToken _abort;
    private readonly Channel<byte[]> _queue = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(QueueCapacity) { SingleReader = true, SingleWriter = true });
    private readonly PipeSplice? _splice;
    private readonly Queue<(byte[] Buffer, GCHandle Pin, long End)> _spliced = new();
    private long _splicedBytes;
    private int _written;

    /// <param name="input">FFmpeg's standard input.</param>
    /// <param name="closeInput">Closes it, which tells FFmpeg the stream is over.</param>
    /// <param name="frameBytes">The size of every frame.</param>
    /// <param name="frameCount">How many frames the clip has (for progress).</param>
    /// <param name="progress">Told after each frame is written.</param>
    /// <param name="abort">Stops the pump at once.</param>
    public FramePipe(Stream input, Action closeInput, int frameBytes, int frameCount, IProgress<EncodeProgress>? progress, CancellationToken abort)
    {
        _input = input;
        _closeInput = closeInput;
        _frameBytes = frameBytes;
        _frameCount = frameCount;
        _progress = progress;
        _abort = abort;
        _splice = PipeSplice.For(input);
        // Splicing blocks in the kernel while the pipe is full: a thread of its own, not the pool's.
        Pump = _splice is { } splice
            ? Task.Factory.StartNew(() => PumpSpliced(splice), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            : Task.Run(PumpAsync, CancellationToken.None);
    }

    /// <summary>Frames accepted so far.</summary>
    public int Queued { get; private set; }

    /// <summary>Frames written into FFmpeg so far.</summary>
    public int Written => Volatile.Read(ref _written);

    /// <summary>Ends when every queued frame is written and the input closed; faults when the pipe broke.</summary>
    public Task Pump { get; }

    /// <summary>
    /// Queues a frame in a buffer rented from <see cref="ArrayPool{T}.Shared"/>, waiting while the
    /// queue is full; the pump returns the buffer to the pool once written. When this throws the
    /// buffer was not queued and is still the caller's. Throws <see cref="ChannelClosedException"/>
    /// once the pump has failed.
    /// </summary>
    public async ValueTask EnqueueRentedAsync(byte[] buffer, CancellationToken cancellationToken)
    {
        await _queue.Writer.WriteAsync(buffer, cancellationToken);
        Queued++;
    }

    /// <summary>No more frames: the pump closes FFmpeg's input once the queue is empty.</summary>
    public void Complete() => _queue.Writer.TryComplete();

    /// <summary>After an abort: waits for the pump to stop and returns the buffers still queued.</summary>
    public async Task DrainAsync()
    {
        _queue.Writer.TryComplete();
        try
        {
            await Pump;
        }
        catch (Exception)
        {
            // The pump fails when FFmpeg is killed under it; that is the point of an abort.
        }

        while (_queue.Reader.TryRead(out var buffer))
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Once FFmpeg has exited (or was killed and waited for): returns the spliced buffers it may
    /// not have read yet to the pool. Call after <see cref="Pump"/> ended.
    /// </summary>
    public void ReleaseSpliced()
    {
        while (_spliced.TryDequeue(out var held))
        {
            held.Pin.Free();
            ArrayPool<byte>.Shared.Return(held.Buffer);
        }
    }

    private unsafe void Splice(PipeSplice splice, byte[] buffer)
    {
        var pin = GCHandle.Alloc(buffer, GCHandleType.Pinned);
        _spliced.Enqueue((buffer, pin, _splicedBytes + _frameBytes));
        _abort.ThrowIfCancellationRequested();
        splice.Write((byte*)pin.AddrOfPinnedObject(), _frameBytes);
        _splicedBytes += _frameBytes;
        // The pipe holds at most its capacity: whatever came before the last that many bytes was read.
        while (_spliced.TryPeek(out var held) && held.End <= _splicedBytes - splice.Capacity)
        {
            _spliced.Dequeue();
            held.Pin.Free();
            ArrayPool<byte>.Shared.Return(held.Buffer);
        }
    }

    private async Task PumpAsync()
    {
        try
        {
            await foreach (var buffer in _queue.Reader.ReadAllAsync(_abort))
            {
                try
                {
                    await _input.WriteAsync(buffer.AsMemory(0, _frameBytes), _abort);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }

                Landed();
            }

            await _input.FlushAsync(_abort);
        }
        catch (Exception ex)
        {
            Broke(ex);
            throw;
        }
        finally
        {
            _closeInput();
        }
    }

    /// <summary>The pump on its own thread, splicing: it waits on the queue and on the pipe by blocking.</summary>
    private void PumpSpliced(PipeSplice splice)
    {
        try
        {
            while (_queue.Reader.WaitToReadAsync(_abort).AsTask().GetAwaiter().GetResult())
            {
                while (_queue.Reader.TryRead(out var buffer))
                {
                    Splice(splice, buffer);
                    Landed();
                }
            }
        }
        catch (Exception ex)
        {
            Broke(ex);
            throw;
        }
        finally
        {
            _closeInput();
        }
    }

    private void Landed()
    {
        var written = Interlocked.Increment(ref _written);
        _progress?.Report(new EncodeProgress(written, _frameCount));
    }

    // A writer waiting on a full queue learns at once that FFmpeg is gone.
    private void Broke(Exception ex) => _queue.Writer.TryComplete(ex);
}
