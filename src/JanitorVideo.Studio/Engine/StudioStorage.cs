using System.Globalization;
using JanitorVideo.Core.Errors;
using JanitorVideo.Studio.Store;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Studio.Engine;

/// <summary>
/// Keeps the studio's disk in bounds (<see cref="StorageLimits"/>): refuses a new project, upload or
/// render past a user's share or the disk's floor, and sweeps away, once at start and then every
/// <see cref="StorageLimits.SweepEvery"/>, API users' idle projects and the files nothing refers to.
/// </summary>
public sealed class StudioStorage : IAsyncDisposable
{
    private readonly StudioStore _store;
    private readonly StorageLimits _limits;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _sweeping = new();
    private Task _loop = Task.CompletedTask;
    private static readonly TimeSpan UseGranularity = TimeSpan.FromHours(1);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> _lastUse = new(StringComparer.Ordinal);

    public StudioStorage(StudioStore store, StorageLimits limits, TimeProvider time, ILogger logger)
    {
        _store = store;
        _limits = limits;
        _time = time;
        _logger = logger;
    }

    public StorageLimits Limits => _limits;

    /// <summary>Sweeps once now (before the studio serves anyone), then every <see cref="StorageLimits.SweepEvery"/> in the background.</summary>
    public void Start()
    {
        SweepQuietly();
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>A session was just used: its project is not idle, whatever its edits say (kept to once an hour per project).</summary>
    public void Used(SessionRecord session)
    {
        var now = _time.GetUtcNow();
        if (session.UserId != StoreIds.LocalUserId
            && (!_lastUse.TryGetValue(session.SessionId, out var last) || now - last > UseGranularity))
        {
            _lastUse[session.SessionId] = now;
            _store.MarkSessionUsed(session.SessionId, now);
        }
    }

    /// <exception cref="VideoBackendException">An API user already holds the most projects the studio keeps for one user.</exception>
    public void EnsureRoomForProject(StudioUser user)
    {
        if (user.UserId == StoreIds.LocalUserId)
        {
            return;
        }

        var projects = _store.CountSessions(user.UserId);
        if (projects >= _limits.MaxProjectsPerUser)
        {
            throw new VideoBackendException(ErrorKind.QuotaExceeded, string.Create(CultureInfo.InvariantCulture,
                $"You have {projects} {(projects == 1 ? "project" : "projects")} on this studio, the most it keeps for one user. {IdleWords()} Continue in one of your projects, or start a new one after that."));
        }
    }

    /// <summary>Before each uploaded file and each render: the user's share and the disk's floor.</summary>
    /// <param name="refused">What the refusal means for the request, in a sentence ("This file was not stored.").</param>
    /// <exception cref="VideoBackendException">The user's files and clips reached their share, or the disk is nearly full.</exception>
    public void EnsureRoomForFiles(StudioUser user, string refused)
    {
        var local = user.UserId == StoreIds.LocalUserId;
        var free = FreeDiskBytes();
        if (free is { } bytes && bytes < _limits.MinFreeDiskBytes)
        {
            // The figures are the machine owner's business; a user of the API can only come back later.
            throw new VideoBackendException(ErrorKind.QuotaExceeded, local
                    ? $"The disk is nearly full ({Size(bytes)} free; the studio keeps {Size(_limits.MinFreeDiskBytes)} free). {refused} Free space on this machine, then try again."
                    : $"The studio has no room for new files right now. {refused} Try again later.",
                $"disk floor: {bytes} bytes free");
        }

        if (local)
        {
            return;
        }

        var held = _store.StoredBytes(user.UserId);
        if (held >= _limits.MaxBytesPerUser)
        {
            throw new VideoBackendException(ErrorKind.QuotaExceeded,
                $"Your projects on this studio hold {Size(held)} of files and clips, the most it keeps for one user ({Size(_limits.MaxBytesPerUser)}). {refused} {IdleWords()} Try again after that, or ask the studio's operator for more room.");
        }
    }

    /// <summary>
    /// Removes files nothing has referred to for a while, then API users' projects idle longer than
    /// <see cref="StorageLimits.KeepIdleFor"/> (their clips at once; their uploads at the next sweep, when
    /// no project uses those bytes any more). One sweep at a time.
    /// </summary>
    public SweepResult Sweep()
    {
        lock (_sweeping)
        {
            // Orphans first: what the previous sweep freed is old enough by now that no upload can be
            // about to reuse it (an upload that finds its twin records it within moments).
            var (files, bytes) = RemoveOrphanMedia();
            var projects = 0;
            var cutoff = _time.GetUtcNow() - _limits.KeepIdleFor;
            foreach (var sessionId in _store.IdleSessions(cutoff, StoreIds.LocalUserId))
            {
                if (_store.RemoveSession(sessionId, cutoff) is not { } clips)
                {
                    continue;
                }

                _lastUse.TryRemove(sessionId, out _);

                projects++;
                // Each clip with the poster and contact sheet written beside it.
                foreach (var path in clips.Select(_store.Resolve).SelectMany(clip => (string[])[clip, Path.ChangeExtension(clip, ".poster.jpg"), Path.ChangeExtension(clip, ".preview.png")]))
                {
                    var removed = TryDelete(path);
                    files += removed > 0 ? 1 : 0;
                    bytes += removed;
                }
            }

            if (projects > 0 || files > 0)
            {
                _logger.LogInformation("Storage sweep removed {Projects} idle projects and {Files} files ({Bytes} bytes)", projects, files, bytes);
            }

            return new SweepResult(projects, files, bytes);
        }
    }

    private (int Files, long Bytes) RemoveOrphanMedia()
    {
        var referenced = _store.ReferencedMediaPaths();
        var mediaRoot = _store.Resolve(StudioStore.MediaFolderName);
        var before = _time.GetUtcNow() - _limits.OrphanGrace;
        var (files, bytes) = (0, 0L);
        foreach (var path in Directory.EnumerateFiles(mediaRoot, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true }))
        {
            var relative = Path.GetRelativePath(_store.Folder, path).Replace(Path.DirectorySeparatorChar, '/');
            if (referenced.Contains(relative) || File.GetLastWriteTimeUtc(path) >= before.UtcDateTime)
            {
                continue;
            }

            var removed = TryDelete(path);
            files += removed > 0 ? 1 : 0;
            bytes += removed;
        }

        return (files, bytes);
    }

    private long TryDelete(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return 0;
            }

            var length = info.Length;
            info.Delete();
            return Math.Max(length, 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Storage sweep could not remove {Path}: {Reason}", path, e.Message);
            return 0;
        }
    }

    private long? FreeDiskBytes()
    {
        try
        {
            return new DriveInfo(_store.Folder).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Not knowable here (an unusual mount): the file writes themselves will say when the disk is full.
            return null;
        }
    }

    private string IdleWords() => string.Create(CultureInfo.InvariantCulture,
        $"Projects untouched for {_limits.KeepIdleFor.TotalDays:0.#} days are removed to make room.");

    private static string Size(long bytes) => bytes >= 1L << 30
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.#} GB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0} MB");

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(_limits.SweepEvery, _time);
        while (await Next(timer))
        {
            SweepQuietly();
        }
    }

    private void SweepQuietly()
    {
        try
        {
            Sweep();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed sweep is tried again at the next tick; the studio goes on serving.
            _logger.LogError(e, "Storage sweep failed");
        }
    }

    private async Task<bool> Next(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(_stopping.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _loop;
        _stopping.Dispose();
    }
}

/// <summary>What one sweep removed.</summary>
public sealed record SweepResult(int Projects, int Files, long Bytes);
