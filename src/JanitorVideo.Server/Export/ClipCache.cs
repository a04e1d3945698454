using System.Text.Json;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Media;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Server.Export;

/// <summary>A finished clip kept in the cache: the render that made it (and where the backend offered it), its size, and its facts (the contact sheet beside it).</summary>
public sealed record CachedClip(string Key, string RenderId, Uri? RemoteUrl, string Mp4Path, long SizeBytes, ClipFacts? Facts);

/// <summary>
/// Finished renders kept under <see cref="RenderKey"/> in the data folder's <c>clips/</c>, with their
/// facts and contact sheet, and the renders still running (<c>.pending.json</c>: their ids, so a
/// restarted server collects them instead of rendering again). Old clips are evicted by age and
/// by total size, least recently used first.
/// </summary>
public sealed class ClipCache(string folder, ExportOptions options, TimeProvider time, ILogger<ClipCache> logger)
{

    private static readonly JsonSerializerOptions FileFormat = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly Lock _gate = new();
    private int _trimmed;

    /// <summary>The clip kept under <paramref name="key"/>, when it is there whole (its size as recorded, an MP4 at its start); else null.</summary>
    public CachedClip? TryGet(string key)
    {
        if (Interlocked.Exchange(ref _trimmed, 1) == 0 && Directory.Exists(folder))
        {
            // Once per process too, not only when a clip is kept: a server that only hands clips out
            // again still lets old ones go.
            lock (_gate)
            {
                Evict(keep: key);
            }
        }

        var record = Read<ClipRecord>(RecordPath(key));
        var mp4 = Mp4Path(key);
        if (record is null || !File.Exists(mp4))
        {
            return null;
        }

        var info = new FileInfo(mp4);
        if (info.Length != record.SizeBytes || !LooksLikeMp4(mp4))
        {
            logger.LogWarning("The kept clip {Key} is damaged (size or signature); it will be rendered again", key);
            Forget(key);
            return null;
        }

        // Used now: eviction goes by last use.
        File.SetLastWriteTimeUtc(RecordPath(key), time.GetUtcNow().UtcDateTime);
        var preview = PreviewPath(key);
        var facts = record.Facts is { } f && File.Exists(preview) ? f with { PreviewPath = preview } : null;
        return new CachedClip(key, record.RenderId, record.RemoteUrl, mp4, record.SizeBytes, facts);
    }

    /// <summary>Where a clip for <paramref name="key"/> is first written (then handed to <see cref="Keep"/>).</summary>
    public string StagingPath(string key)
    {
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{key}.{Guid.NewGuid():N}.staging.mp4");
    }

    /// <summary>Keeps a verified MP4 (moved from <paramref name="stagedMp4"/>) with its facts; its contact sheet is moved beside it.</summary>
    public CachedClip Keep(string key, string renderId, Uri? remoteUrl, string stagedMp4, ClipFacts? facts)
    {
        lock (_gate)
        {
            var mp4 = Mp4Path(key);
            File.Move(stagedMp4, mp4, overwrite: true);
            ClipFacts? kept = null;
            if (facts is not null && File.Exists(facts.PreviewPath))
            {
                File.Move(facts.PreviewPath, PreviewPath(key), overwrite: true);
                kept = facts with { PreviewPath = PreviewPath(key) };
            }

            var size = new FileInfo(mp4).Length;
            Write(RecordPath(key), new ClipRecord(renderId, remoteUrl, size, kept));
            // Last use by this cache's clock, as TryGet stamps it.
            File.SetLastWriteTimeUtc(RecordPath(key), time.GetUtcNow().UtcDateTime);
            File.Delete(PendingPath(key));
            Evict(keep: key);
            return new CachedClip(key, renderId, remoteUrl, mp4, size, kept);
        }
    }

    /// <summary>Notes that <paramref name="renderId"/> is rendering the clip for <paramref name="key"/>, for a server that restarts meanwhile.</summary>
    public void NotePending(string key, string renderId, string sessionId)
    {
        Directory.CreateDirectory(folder);
        Write(PendingPath(key), new PendingRecord(renderId, sessionId, time.GetUtcNow()));
    }

    /// <summary>The render noted as making the clip for <paramref name="key"/>, if any.</summary>
    public string? Pending(string key) => Read<PendingRecord>(PendingPath(key))?.RenderId;

    /// <summary>The render for <paramref name="key"/> ended without a clip: nothing is pending any more.</summary>
    public void ClearPending(string key) => File.Delete(PendingPath(key));

    /// <summary>Copies a kept clip to <paramref name="destination"/> (through a temporary file beside it) and its contact sheet beside that.</summary>
    public static ClipFacts? CopyTo(CachedClip clip, string destination)
    {
        ArgumentNullException.ThrowIfNull(clip);
        var partial = destination + $".{Guid.NewGuid():N}.part";
        try
        {
            File.Copy(clip.Mp4Path, partial);
            File.Move(partial, destination, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        if (clip.Facts is not { } facts)
        {
            return null;
        }

        // Through a new name and a rename too: a symlink already at the preview's name is replaced, never written through.
        var preview = Path.ChangeExtension(destination, ".preview.png");
        var partialPreview = preview + $".{Guid.NewGuid():N}.part";
        try
        {
            File.Copy(facts.PreviewPath, partialPreview);
            File.Move(partialPreview, preview, overwrite: true);
            return facts with { PreviewPath = preview };
        }
        catch (IOException)
        {
            // The MP4 is delivered; without its contact sheet the result just says less.
            File.Delete(partialPreview);
            return null;
        }
    }

    /// <summary>Drops clips unused for longer than the age limit, then the least recently used until the total fits the size limit.</summary>
    private void Evict(string keep)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var clips = Directory.EnumerateFiles(folder, "*.json")
            .Where(path => !path.EndsWith(".pending.json", StringComparison.Ordinal))
            .Select(path => (Key: Path.GetFileNameWithoutExtension(path), Used: File.GetLastWriteTimeUtc(path)))
            .Where(clip => clip.Key != keep)
            .OrderBy(clip => clip.Used)
            .ToList();
        var total = Directory.EnumerateFiles(folder, "*.mp4").Where(path => !path.Contains(".staging.", StringComparison.Ordinal)).Sum(SizeOrZero);
        foreach (var (key, used) in clips)
        {
            if (now - used <= options.ClipMaxAge && total <= options.ClipCacheMaxBytes)
            {
                continue;
            }

            var mp4 = Mp4Path(key);
            try
            {
                var size = File.Exists(mp4) ? new FileInfo(mp4).Length : 0;
                Forget(key);
                total -= size;
                logger.LogInformation("Evicted the kept clip {Key} (last used {Used:u})", key, used);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort: a clip being copied right now stays until the next eviction.
                logger.LogInformation("Could not evict the kept clip {Key} now ({Reason})", key, e.Message);
            }
        }
    }

    // A file another server sharing the data folder removed meanwhile counts for nothing.
    private static long SizeOrZero(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? info.Length : 0;
    }

    private void Forget(string key)
    {
        File.Delete(Mp4Path(key));
        File.Delete(PreviewPath(key));
        File.Delete(RecordPath(key));
    }

    private static bool LooksLikeMp4(string path)
    {
        using var file = File.OpenRead(path);
        var head = new byte[MediaFormats.SniffLength];
        var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return MediaFormats.Sniff(head.AsSpan(0, read)) == MediaFormats.Mp4;
    }

    private static T? Read<T>(string path) where T : class
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<T>(File.ReadAllText(path), FileFormat) : null;
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null;
        }
    }

    private static void Write<T>(string path, T value)
    {
        // A name of its own: servers sharing one data folder never write into each other's partial file.
        var partial = $"{path}.{Guid.NewGuid():N}.part";
        File.WriteAllText(partial, JsonSerializer.Serialize(value, FileFormat));
        File.Move(partial, path, overwrite: true);
    }

    private string Mp4Path(string key) => Path.Combine(folder, key + ".mp4");

    private string PreviewPath(string key) => Path.Combine(folder, key + ".preview.png");

    private string RecordPath(string key) => Path.Combine(folder, key + ".json");

    private string PendingPath(string key) => Path.Combine(folder, key + ".pending.json");

    private sealed record ClipRecord(string RenderId, Uri? RemoteUrl, long SizeBytes, ClipFacts? Facts);

    private sealed record PendingRecord(string RenderId, string SessionId, DateTimeOffset StartedAt);
}
