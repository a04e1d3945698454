using System.Buffers;
using System.Security.Cryptography;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Media;

namespace JanitorVideo.Studio.Media;

/// <summary>
/// Receives an upload into a temporary file in <paramref name="incomingFolder"/>: the first bytes
/// decide the format (content, not name), and the rest is streamed to disk while it is hashed and
/// counted, never held whole. A refused or broken upload leaves no file behind.
/// </summary>
/// <param name="incomingFolder">Where temporary files go: inside the store's folder, so the final move is a rename.</param>
/// <param name="maxBytes">The size limit; one byte more stops the copy.</param>
internal sealed class MediaStaging(string incomingFolder, long maxBytes = MediaFormats.MaxUploadBytes)
{
    private const int BufferSize = 1 << 16;

    /// <summary>
    /// Streams <paramref name="content"/> (from its current position) to a temporary file.
    /// <paramref name="knownLength"/>, when the source knows it, lets an oversized file be refused
    /// before its body is read.
    /// </summary>
    public async Task<StagedMedia> StageAsync(Stream content, string? fileName, long? knownLength, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var head = new byte[MediaFormats.SniffLength];
        var headLength = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (headLength == 0)
        {
            throw new VideoBackendException(ErrorKind.InvalidInput,
                $"'{MediaFileName.Sanitise(fileName, null)}' cannot be used: the file is empty (0 bytes). Upload the file itself: {MediaFormats.AcceptedList}.");
        }

        var check = MediaFormats.Check(fileName ?? string.Empty, head.AsSpan(0, headLength), Math.Max(knownLength ?? 0, headLength));
        if (check.Format is not { } format)
        {
            throw new VideoBackendException(check.Error!.Value, check.Reason!);
        }
        if (knownLength > maxBytes)
        {
            throw TooLarge(fileName, format);
        }

        var name = MediaFileName.Sanitise(fileName, format);
        Directory.CreateDirectory(incomingFolder);
        var tempPath = Path.Combine(incomingFolder, RandomNumberGenerator.GetHexString(24, lowercase: true) + ".part");
        try
        {
            var (hash, bytes) = await CopyAsync(content, head.AsMemory(0, headLength), tempPath, name, format, cancellationToken);
            return new StagedMedia(tempPath, name, format, hash, bytes);
        }
        catch
        {
            File.Delete(tempPath);
            throw;
        }
    }

    private async Task<(string Hash, long Bytes)> CopyAsync(Stream content, ReadOnlyMemory<byte> head, string tempPath, string name, MediaFormat format, CancellationToken cancellationToken)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            await using var file = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
            sha.AppendData(head.Span);
            await file.WriteAsync(head, cancellationToken);
            long total = head.Length;
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    throw TooLarge(name, format);
                }
                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            await file.FlushAsync(cancellationToken);
            return (Convert.ToHexStringLower(sha.GetHashAndReset()), total);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private VideoBackendException TooLarge(string? fileName, MediaFormat format) =>
        new(ErrorKind.FileTooLarge,
            $"'{MediaFileName.Sanitise(fileName, format)}' is over the {MediaFormats.FormatSize(maxBytes)} limit. Compress it, resize it or trim it, then upload again.");
}
