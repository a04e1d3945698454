using System.Collections.Concurrent;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Errors;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Pipeline;
using JanitorVideo.Studio.Rendering;
using JanitorVideo.Studio.Store;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Studio.Engine;

/// <summary>
/// Render jobs: stored as soon as they are submitted, run by background workers in submission order,
/// with at most one running per session (a session's later exports wait their turn, in order), so no
/// session can hold every worker. Progress is stored as it moves; cancel stops a job whether it waits
/// or runs. On start, jobs a previous process left running are queued again.
/// </summary>
public sealed class RenderQueue : IAsyncDisposable
{
    private readonly StudioStore store;
    private readonly DraftRenderer renderer;
    private readonly int workerCount;
    private readonly FaultOptions faults;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly SemaphoreSlim wake = new(0);
    private readonly Lock picking = new();
    private readonly ConcurrentDictionary<string, CancellationTokenSource> running = new(StringComparer.Ordinal);
    private readonly HashSet<string> busySessions = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();
    private readonly List<Task> workers = [];
    private int faultyRendersStarted;

    public RenderQueue(StudioStore store, DraftRenderer renderer, int workerCount, FaultOptions faults, TimeProvider time, ILogger logger)
    {
        this.store = store;
        this.renderer = renderer;
        this.workerCount = Math.Max(1, workerCount);
        this.faults = faults;
        this.time = time;
        this.logger = logger;
    }

    /// <summary>Removes what killed renders left, queues again what a previous process left running, then starts the workers.</summary>
    public void Start()
    {
        SweepScratch();
        foreach (var job in store.UnfinishedRenders().Where(job => job.Status == RenderStatus.Processing))
        {
            logger.LogWarning("Render {RenderId} was running when the studio stopped; it is queued again", job.RenderId);
            store.UpdateRender(job.RenderId, RenderStatus.Pending, 0);
        }

        for (var i = 0; i < workerCount; i++)
        {
            workers.Add(Task.Run(WorkAsync));
        }

        wake.Release(workerCount);
    }

    // A process killed mid-render leaves its scratch behind (encoder temp files, a batch's shots);
    // nothing runs yet, so anything unfinished in renders/ is garbage.
    private void SweepScratch()
    {
        var renders = store.Resolve(StudioStore.RendersFolderName);
        if (!Directory.Exists(renders))
        {
            return;
        }

        foreach (var leftover in Directory.EnumerateFileSystemEntries(renders).Where(IsScratch).ToList())
        {
            logger.LogInformation("Removing {Leftover}, left by a render that did not finish", Path.GetFileName(leftover));
            if (Directory.Exists(leftover))
            {
                Directory.Delete(leftover, recursive: true);
            }
            else
            {
                File.Delete(leftover);
            }
        }
    }

    private static bool IsScratch(string path) =>
        path.EndsWith(".tmp", StringComparison.Ordinal) || path.EndsWith(ScratchFiles.TempVideoSuffix, StringComparison.Ordinal)
        || path.EndsWith(".shots", StringComparison.Ordinal);

    /// <summary>Stores and queues a job.</summary>
    /// <exception cref="VideoBackendException">The id is taken (it is refused, as the protocol says) or not a usable id.</exception>
    public RenderRecord Submit(StudioUser user, string renderId, SessionRecord session, Core.Drafts.Draft draft, string quality)
    {
        if (!RenderIds.IsValid(renderId))
        {
            throw new VideoBackendException(ErrorKind.InvalidInput,
                "A render id is 1–100 letters, digits, '_' or '-', such as render_1732550000000; choose another id.");
        }

        if (!draft.IsReadyForExport)
        {
            throw new VideoBackendException(ErrorKind.NothingToExport);
        }

        var job = new RenderRecord(renderId, session.SessionId, user.UserId, draft, quality, RenderStatus.Pending, 0, null, null,
            time.GetUtcNow(), null);
        if (!store.TryAddRender(job))
        {
            throw new DuplicateRenderIdException(renderId);
        }

        logger.LogInformation("Render {RenderId} queued for session {SessionId}", renderId, session.SessionId);
        wake.Release();
        return job;
    }

    /// <summary>Stops a job: a waiting one never starts, a running one is stopped and its files removed.</summary>
    public RenderRecord Cancel(RenderRecord job)
    {
        lock (picking)
        {
            var now = store.FindRender(job.RenderId) ?? job;
            if (now.Status == RenderStatus.Pending)
            {
                store.UpdateRender(job.RenderId, RenderStatus.Cancelled, now.Progress, error: "Cancelled before it started.", completedAt: time.GetUtcNow());
            }
            else if (running.TryGetValue(job.RenderId, out var cancel))
            {
                cancel.Cancel();
            }
        }

        return store.FindRender(job.RenderId) ?? job;
    }

    private async Task WorkAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await wake.WaitAsync(stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            while (Take() is { } job)
            {
                await RunAsync(job).ConfigureAwait(false);
            }
        }
    }

    // The oldest waiting job whose session has nothing running.
    private RenderRecord? Take()
    {
        lock (picking)
        {
            if (stopping.IsCancellationRequested)
            {
                return null;
            }

            var job = store.UnfinishedRenders()
                .FirstOrDefault(job => job.Status == RenderStatus.Pending && !busySessions.Contains(job.SessionId));
            if (job is null)
            {
                return null;
            }

            busySessions.Add(job.SessionId);
            running[job.RenderId] = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
            store.UpdateRender(job.RenderId, RenderStatus.Processing, 5);
            return job;
        }
    }

    private async Task RunAsync(RenderRecord job)
    {
        var cancel = running[job.RenderId];
        var relative = Path.Combine("renders", job.RenderId + ".mp4");
        try
        {
            logger.LogInformation("Render {RenderId} started", job.RenderId);
            if (faults.SlowRenderBy > TimeSpan.Zero)
            {
                await Task.Delay(faults.SlowRenderBy, time, cancel.Token).ConfigureAwait(false);
            }

            if (Interlocked.Increment(ref faultyRendersStarted) <= faults.FailFirstRenders)
            {
                throw new VideoBackendException(ErrorKind.RenderFailed, "The render failed on purpose (JANITOR_FAULTS fail-renders).");
            }

            var lastStored = 5;
            // Reported on the rendering thread: a report posted to the pool could land after "completed" and undo it.
            var progress = new DirectProgress<int>(percent =>
            {
                // 5 is where a submitted job starts; 99 is the last before the file is verified and in place.
                var scaled = Math.Clamp(5 + percent * 94 / 100, 5, 99);
                if (scaled >= lastStored + 5 && !cancel.IsCancellationRequested)
                {
                    lastStored = scaled;
                    store.UpdateRender(job.RenderId, RenderStatus.Processing, scaled);
                }
            });
            await renderer.RenderAsync(job.Draft, id => MediaPath(job.SessionId, id), store.Resolve(relative), job.Quality, progress, cancel.Token)
                .ConfigureAwait(false);
            store.UpdateRender(job.RenderId, RenderStatus.Completed, 100, relative, completedAt: time.GetUtcNow());
            logger.LogInformation("Render {RenderId} completed", job.RenderId);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The studio is stopping: the job stays "processing" and is queued again on the next start.
        }
        catch (OperationCanceledException)
        {
            store.UpdateRender(job.RenderId, RenderStatus.Cancelled, store.FindRender(job.RenderId)?.Progress ?? 0,
                error: "Cancelled while rendering.", completedAt: time.GetUtcNow());
            logger.LogInformation("Render {RenderId} cancelled", job.RenderId);
        }
        catch (VideoBackendException e)
        {
            Fail(job, e.Message, e.Detail);
        }
        catch (Exception e)
        {
            // Whatever went wrong, the job ends failed and the worker lives on to serve the next one.
            var errorId = Guid.NewGuid().ToString("N")[..8];
            logger.LogError(e, "Render {RenderId} failed unexpectedly (error id {ErrorId})", job.RenderId, errorId);
            Fail(job, $"The render failed on the studio's side (error id {errorId}); try the export again.", e.GetType().Name);
        }
        finally
        {
            lock (picking)
            {
                busySessions.Remove(job.SessionId);
                running.TryRemove(job.RenderId, out _);
            }

            cancel.Dispose();
            wake.Release();
        }
    }

    private void Fail(RenderRecord job, string reason, string? detail)
    {
        logger.LogWarning("Render {RenderId} failed: {Reason} {Detail}", job.RenderId, reason, detail);
        store.UpdateRender(job.RenderId, RenderStatus.Failed, store.FindRender(job.RenderId)?.Progress ?? 0, error: reason, completedAt: time.GetUtcNow());
    }

    // A job may only use its own session's media.
    private string? MediaPath(string sessionId, string mediaId)
    {
        var media = store.FindMedia(mediaId);
        return media is null || media.SessionId != sessionId ? null : store.Resolve(media.StoredPath);
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(workers).ConfigureAwait(false);
        stopping.Dispose();
        wake.Dispose();
    }
}

/// <summary>A render id that is already taken; the protocol refuses it and the client retries under a new id.</summary>
public sealed class DuplicateRenderIdException(string renderId)
    : Exception($"The render id '{renderId}' is already taken; submit the render again under a new id.")
{
    public string RenderId { get; } = renderId;
}
