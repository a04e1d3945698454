namespace JanitorVideo.TestInputs.Http;

/// <summary>
/// A huge upload that exists only as it is read: a PNG signature, then zeros. Nothing is held in
/// memory or on disk, and <see cref="BytesRead"/> tells how much of it the server took.
/// </summary>
public sealed class SyntheticUploadStream(long length, bool announceLength) : Stream
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private long position;

    public long BytesRead => Interlocked.Read(ref position);

    public override bool CanRead => true;

    // Seekable only so the HTTP client can announce the length (Content-Length instead of chunks).
    public override bool CanSeek => announceLength;

    public override bool CanWrite => false;

    public override long Length => announceLength ? length : throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var start = BytesRead;
        var count = (int)Math.Min(buffer.Length, length - start);
        if (count <= 0)
        {
            return 0;
        }

        var chunk = buffer[..count];
        chunk.Clear();
        for (var i = start; i < PngSignature.Length && i < start + count; i++)
        {
            chunk[(int)(i - start)] = PngSignature[i];
        }

        Interlocked.Add(ref position, count);
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) =>
        offset == 0 && origin == SeekOrigin.Begin && BytesRead == 0 ? 0 : throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
