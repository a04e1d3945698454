using System.Security.Cryptography;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Media;
using JanitorVideo.Studio.Media;
using JanitorVideo.Studio.Tests.Media.Support;
using SkiaSharp;

namespace JanitorVideo.Studio.Tests.Media;

public sealed class MediaStagingTests
{
    [Fact]
    public async Task StageAsync_Png_LandsInTheIncomingFolderWithItsHashAndSize()
    {
        using var area = new StoreLessIngest();
        var png = SamplePictures.Png();

        using var staged = await area.Staging.StageAsync(new MemoryStream(png), "hero.png", png.Length, CancellationToken.None);

        Assert.Equal(MediaFormats.Png, staged.Format);
        Assert.Equal("hero.png", staged.FileName);
        Assert.Equal(png.Length, staged.Bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(png)), staged.Hash);
        Assert.StartsWith(area.Full(MediaPaths.Incoming) + Path.DirectorySeparatorChar, staged.TempPath, StringComparison.Ordinal);
        Assert.Equal(png, await File.ReadAllBytesAsync(staged.TempPath));
    }

    [Fact]
    public async Task StageAsync_JpegNamedPng_IsTakenForWhatItIs()
    {
        using var area = new StoreLessIngest();
        var jpeg = SamplePictures.Encoded(64, 64, SKEncodedImageFormat.Jpeg);

        using var staged = await area.Staging.StageAsync(new MemoryStream(jpeg), "photo.png", null, CancellationToken.None);

        Assert.Equal(MediaFormats.Jpeg, staged.Format);
    }

    [Fact]
    public async Task StageAsync_ZeroBytes_IsRefusedAsEmpty()
    {
        using var area = new StoreLessIngest();

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => area.Staging.StageAsync(new MemoryStream(), "hero.png", 0, CancellationToken.None));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Contains("the file is empty", error.Message, StringComparison.Ordinal);
        Assert.Empty(area.Files);
    }

    [Fact]
    public async Task StageAsync_TextFileNamedPng_IsRefusedListingTheAcceptedFormats()
    {
        using var area = new StoreLessIngest();
        var text = "Dear diary, today I drew a knight."u8.ToArray();

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => area.Staging.StageAsync(new MemoryStream(text), "knight.png", text.Length, CancellationToken.None));

        Assert.Equal(ErrorKind.UnsupportedFileType, error.Kind);
        Assert.Contains("named like a PNG file, but its content is not PNG", error.Message, StringComparison.Ordinal);
        Assert.Contains(MediaFormats.AcceptedList, error.Message, StringComparison.Ordinal);
        Assert.Empty(area.Files);
    }

    [Fact]
    public async Task StageAsync_BodyPastTheLimit_StopsAtTheLimitAndLeavesNothing()
    {
        const long limit = 1024 * 1024;
        using var area = new StoreLessIngest(maxBytes: limit);
        var endless = new EndlessPngStream();

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => area.Staging.StageAsync(endless, "endless.png", null, CancellationToken.None));

        Assert.Equal(ErrorKind.FileTooLarge, error.Kind);
        Assert.Contains("over the 1 MB limit", error.Message, StringComparison.Ordinal);
        Assert.Contains("Compress it", error.Message, StringComparison.Ordinal);
        Assert.True(endless.Served < limit + (1 << 17), $"{endless.Served} bytes were read before stopping");
        Assert.Empty(area.Files);
    }

    [Fact]
    public async Task StageAsync_HostileName_IsSanitisedAndNothingIsWrittenOutsideTheFolder()
    {
        using var area = new StoreLessIngest();
        var png = SamplePictures.Png(32, 32);

        using var staged = await area.Staging.StageAsync(new MemoryStream(png), "../../etc/\u0000pass\nwd", png.Length, CancellationToken.None);

        Assert.Equal("passwd.png", staged.FileName);
        Assert.Equal([MediaPaths.Incoming + "/" + Path.GetFileName(staged.TempPath)], area.Files);
    }

    [Fact]
    public async Task StageAsync_Cancelled_LeavesNothing()
    {
        using var area = new StoreLessIngest();
        using var cancel = new CancellationTokenSource();
        var stream = new EndlessPngStream(afterBytes: 256 * 1024, onReached: cancel.Cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => area.Staging.StageAsync(stream, "hero.png", null, cancel.Token));

        Assert.Empty(area.Files);
    }

    [Fact]
    public async Task Dispose_StagedFile_IsDeleted()
    {
        using var area = new StoreLessIngest();
        var png = SamplePictures.Png(16, 16);
        var staged = await area.Staging.StageAsync(new MemoryStream(png), "hero.png", png.Length, CancellationToken.None);

        staged.Dispose();

        Assert.False(File.Exists(staged.TempPath));
    }

    /// <summary>A PNG signature followed by zeros forever, counting what was read.</summary>
    private sealed class EndlessPngStream(long afterBytes = long.MaxValue, Action? onReached = null) : Stream
    {
        private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            buffer.Clear();
            var start = (int)Math.Min(Served, Signature.Length);
            var prefix = Math.Min(buffer.Length, Signature.Length - start);
            Signature.AsSpan(start, prefix).CopyTo(buffer);
            Served += buffer.Length;
            if (Served >= afterBytes)
            {
                onReached?.Invoke();
            }
            return buffer.Length;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return ValueTask.FromResult(Read(buffer.Span));
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
