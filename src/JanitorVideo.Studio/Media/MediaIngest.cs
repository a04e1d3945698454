#pragma warning disable CS9113 // a stub until its helper lands
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Studio.Store;

namespace JanitorVideo.Studio.Media;

/// <summary>
/// Takes a file into a session's media library: sniffed by content, size-checked (200 MB), decoded
/// or probed once to verify it and to measure it, hashed (the same bytes are stored once),
/// thumbnailed. Failures are <see cref="Core.Errors.VideoBackendException"/> with words for the user;
/// a refused file leaves nothing behind.
/// </summary>
public sealed class MediaIngest(StudioStore store, FfmpegTools tools, RemoteMediaFetcher fetcher, TimeProvider? time = null)
{
    /// <summary>A file on this machine.</summary>
    public Task<MediaRecord> IngestFileAsync(string sessionId, string path, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Bytes arriving under a name (an HTTP multipart part); streamed to disk, never held whole.</summary>
    public Task<MediaRecord> IngestStreamAsync(string sessionId, string fileName, Stream content, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>A public http(s) URL, fetched by <see cref="RemoteMediaFetcher"/>.</summary>
    public Task<MediaRecord> IngestUrlAsync(string sessionId, Uri url, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}
