namespace JanitorVideo.Nemo.Tests.Sse;

/// <summary>How a <see cref="ScriptedStream"/> behaves once its chunks are served.</summary>
internal enum ScriptedEnd
{
    /// <summary>The body ends normally.</summary>
    Close,

    /// <summary>The connection breaks, as HttpClient reports a body cut short.</summary>
    Break,

    /// <summary>Nothing more arrives and the read waits until it is cancelled.</summary>
    Hang,
}

/// <summary>
/// A response body that hands out exactly the chunks it was given, one read at most per chunk, and
/// can hold a chunk back until the test releases it: the network's timing, made deterministic.
/// </summary>
internal sealed class ScriptedStream(IReadOnlyList<byte[]> chunks, ScriptedEnd end = ScriptedEnd.Close) : Stream
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _chunk;
    private int _offset;

    /// <summary>The chunk held back until <see cref="Release"/>; -1 for none.</summary>
    public int HeldChunk { get; init; } = -1;

    /// <summary>True once any byte of the held chunk (or of a later one) has been handed out.</summary>
    public bool HeldChunkServed => HeldChunk >= 0 && (_chunk > HeldChunk || (_chunk == HeldChunk && _offset > 0));

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Lets the held chunk go.</summary>
    public void Release() => _release.TrySetResult();

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_chunk == HeldChunk && _offset == 0)
        {
            await _release.Task.WaitAsync(cancellationToken);
        }

        if (_chunk >= chunks.Count)
        {
            return end switch
            {
                ScriptedEnd.Break => throw new IOException("The response ended prematurely."),
                ScriptedEnd.Hang => await HangAsync(cancellationToken),
                _ => 0,
            };
        }

        var source = chunks[_chunk].AsMemory(_offset);
        var count = Math.Min(source.Length, buffer.Length);
        source[..count].CopyTo(buffer);
        _offset += count;
        if (_offset == chunks[_chunk].Length)
        {
            _chunk++;
            _offset = 0;
        }

        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private static async Task<int> HangAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return 0;
    }
}
