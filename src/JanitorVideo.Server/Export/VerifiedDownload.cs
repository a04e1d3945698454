using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Media;

namespace JanitorVideo.Server.Export;

/// <summary>
/// Saves a finished render: downloaded to a temporary file beside the destination, which must sniff
/// as an MP4 before it is moved into place, so a broken or foreign file never takes the name.
/// </summary>
public static class VerifiedDownload
{
    /// <summary>Downloads <paramref name="job"/> to <paramref name="destination"/>; returns its size in bytes.</summary>
    public static async Task<long> SaveAsync(IVideoBackend backend, RenderJob job, string destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(job);
        var partial = destination + $".{Guid.NewGuid():N}.part";
        try
        {
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await backend.DownloadAsync(job, file, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Position = 0;
                var head = new byte[MediaFormats.SniffLength];
                var read = await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
                if (MediaFormats.Sniff(head.AsSpan(0, read)) != MediaFormats.Mp4)
                {
                    throw new VideoBackendException(ErrorKind.RenderFailed,
                        "The rendered file that came back is not an MP4, so it was not saved. Try export again.", $"render {job.Id} downloaded {file.Length} bytes");
                }
            }

            File.Move(partial, destination, overwrite: true);
            return new FileInfo(destination).Length;
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
