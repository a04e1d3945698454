using System.Security.Cryptography;
using JanitorVideo.Core.Errors;
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
    private readonly MediaInspector _inspector = new(tools);
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    // Finding a session's twin and adding the record happen together, so two uploads of the same bytes make one record.
    private readonly Lock _recording = new();

    /// <summary>A file on this machine.</summary>
    public async Task<MediaRecord> IngestFileAsync(string sessionId, string path, CancellationToken cancellationToken = default)
    {
        var session = RequireSession(sessionId);
        var (stream, length) = LocalMediaFile.Open(path);
        await using (stream)
        {
            using var staged = await Staging().StageAsync(stream, Path.GetFileName(stream.Name), length, cancellationToken);
            return await RecordAsync(session, staged, cancellationToken);
        }
    }

    /// <summary>Bytes arriving under a name (an HTTP multipart part); streamed to disk, never held whole.</summary>
    public async Task<MediaRecord> IngestStreamAsync(string sessionId, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var session = RequireSession(sessionId);
        long? length = content.CanSeek ? Math.Max(0, content.Length - content.Position) : null;
        using var staged = await Staging().StageAsync(content, fileName, length, cancellationToken);
        return await RecordAsync(session, staged, cancellationToken);
    }

    /// <summary>A public http(s) URL, fetched by <see cref="RemoteMediaFetcher"/>.</summary>
    public async Task<MediaRecord> IngestUrlAsync(string sessionId, Uri url, CancellationToken cancellationToken = default)
    {
        var session = RequireSession(sessionId);
        var staging = Staging();
        using var staged = await fetcher.FetchAsync(
            url,
            (content, token) => staging.StageAsync(content.Body, content.SuggestedName, content.Length, token),
            cancellationToken);
        return await RecordAsync(session, staged, cancellationToken);
    }

    private SessionRecord RequireSession(string sessionId) =>
        (string.IsNullOrWhiteSpace(sessionId) ? null : store.FindSession(sessionId))
            ?? throw new VideoBackendException(ErrorKind.SessionNotFound);

    private MediaStaging Staging() => new(store.Resolve(MediaPaths.Incoming));

    private async Task<MediaRecord> RecordAsync(SessionRecord session, StagedMedia staged, CancellationToken cancellationToken)
    {
        if (store.FindMediaByHash(session.SessionId, staged.Hash) is { } already)
        {
            return already;
        }

        var (storedPath, thumbnailPath, facts) = await StoreBytesAsync(staged, cancellationToken);
        var record = new MediaRecord(
            "m_" + RandomNumberGenerator.GetHexString(10, lowercase: true),
            session.SessionId,
            facts.KindName,
            staged.FileName,
            staged.Format.Name,
            storedPath,
            staged.Hash,
            staged.Bytes,
            facts.Width,
            facts.Height,
            facts.DurationSeconds,
            facts.Fps,
            facts.FrameCount,
            thumbnailPath,
            _time.GetUtcNow(),
            facts.Framing);
        lock (_recording)
        {
            return store.FindMediaByHash(session.SessionId, staged.Hash) ?? store.AddMedia(record);
        }
    }

    // Bytes already kept for another session are not checked again: the same hash is the same file.
    private async Task<(string StoredPath, string? ThumbnailPath, MediaFacts Facts)> StoreBytesAsync(StagedMedia staged, CancellationToken cancellationToken)
    {
        if (store.FindAnyMediaByHash(staged.Hash) is { } twin && File.Exists(store.Resolve(twin.StoredPath)))
        {
            var known = new MediaFacts(KindOf(twin.Kind), twin.Width, twin.Height, twin.DurationSeconds, twin.Fps, twin.FrameCount, twin.ThumbnailPath is not null, twin.Framing);
            return (twin.StoredPath, twin.ThumbnailPath, known);
        }

        var storedPath = MediaPaths.Stored(staged.Hash, staged.Format);
        var thumbnailPath = MediaPaths.Thumbnail(staged.Hash);
        var facts = await _inspector.InspectAsync(staged.TempPath, staged.Format, staged.FileName, store.Resolve(thumbnailPath), cancellationToken);
        var target = store.Resolve(storedPath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // Same folder tree, so this is a rename: the stored file is whole or absent. Same hash, same bytes: replacing is harmless.
        File.Move(staged.TempPath, target, overwrite: true);
        return (storedPath, facts.HasThumbnail ? thumbnailPath : null, facts);
    }

    private static Core.Media.MediaKind KindOf(string kind) =>
        Enum.TryParse<Core.Media.MediaKind>(kind, ignoreCase: true, out var parsed) ? parsed : Core.Media.MediaKind.Image;
}
