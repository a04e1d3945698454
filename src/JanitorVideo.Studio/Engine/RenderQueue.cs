using System.Globalization;
using System.Collections.Concurrent;
using JanitorVideo.Core;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Errors;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Pipeline;
using JanitorVideo.Studio.Rendering;
using JanitorVideo.Studio.Store;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Studio.Engine;

/// <summary>
/// Render jobs: stored as soon as they are submitted, run by background workers with users taking
/// turns (each user's in submission order) and at most one running per session (a session's later
/// exports wait their turn, in order), so no user or session can hold every worker. Progress is stored as it moves; cancel stops a job whether it waits
/// or runs. On start, jobs a previous process left running are queued again.
/// </summary>
public sealed class RenderQueue : IAsyncDisposable
{
    private readonly RenderLimits _limits;
    private readonly StudioStore _store;
    private readonly DraftRenderer _renderer;
    private readonly int _workerCount;
    private readonly FaultOptions _faults;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _wake = new(0);
    private readonly Lock _picking = new();
    private readonly Lock _submitting = new();
    // Keyed by (user, render id): render ids are the client's choice, one namespace per user.
    private readonly ConcurrentDictionary<(string UserId, string RenderId), CancellationTokenSource> _running = new();
    private readonly HashSet<string> _busySessions = new(StringComparer.Ordinal);
    // Each waiting or running user's turn (a count of starts, under _picking): the lowest goes next.
    private readonly Dictionary<string, long> _lastStarted = new(StringComparer.Ordinal);
    private long _starts;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _workers = [];
    private int _faultyRendersStarted;

    /// <summary>Told of every stored step of a render, so an export waiting in this process goes on at once.</summary>
    public RenderChanges Changes { get; } = new();

    public RenderQueue(StudioStore store, DraftRenderer renderer, int workerCount, FaultOptions faults, TimeProvider time, ILogger logger,
        RenderLimits? limits = null)
    {
        _limits = limits ?? new RenderLimits();
        _store = store;
        _renderer = renderer;
        _workerCount = Math.Max(1, workerCount);
        _faults = faults;
        _time = time;
        _logger = logger;
    }

    /// <summary>Removes what killed renders left, queues again what a previous process left running, then starts the workers.</summary>
    public void Start()
    {
        SweepScratch();
        foreach (var job in _store.UnfinishedRenders().Where(job => job.Status == RenderStatus.Processing))
        {
            _logger.LogWarning("Render {RenderId} was running when the studio stopped; it is queued again", job.RenderId);
            _store.UpdateRender(job.UserId, job.RenderId, RenderStatus.Pending, 0);
            Changes.Changed(job.UserId, job.RenderId);
        }

        for (var i = 0; i < _workerCount; i++)
        {
            _workers.Add(Task.Run(WorkAsync));
        }

        _wake.Release(_workerCount);
    }

    // A process killed mid-render leaves its scratch behind (encoder temp files, a batch's shots);
    // nothing runs yet, so anything unfinished in renders/ is garbage.
    private void SweepScratch()
    {
        var renders = _store.Resolve(StudioStore.RendersFolderName);
        if (!Directory.Exists(renders))
        {
            return;
        }

        foreach (var leftover in Directory.EnumerateFileSystemEntries(renders).Where(IsScratch).ToList())
        {
            _logger.LogInformation("Removing {Leftover}, left by a render that did not finish", Path.GetFileName(leftover));
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
        path.EndsWith(".tmp", StringComparison.Ordinal) || ScratchFiles.IsScratch(path) || path.EndsWith(".shots", StringComparison.Ordinal);

    /// <summary>Stores and queues a job.</summary>
    /// <exception cref="VideoBackendException">The id is not a usable id, or the draft cannot be rendered (<see cref="DraftValidation"/>).</exception>
    /// <exception cref="DuplicateRenderIdException">This user already used the id (it is refused, as the protocol says); other users' ids do not count.</exception>
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

        // The cheap count first: a client asking again and again is refused before its draft is read.
        CheckPending(user);
        var plan = DraftValidation.Validate(draft, id => MediaPath(session.SessionId, id), quality);
        CheckSize(plan);
        var job = new RenderRecord(renderId, session.SessionId, user.UserId, draft, quality, RenderStatus.Pending, 0, null, null,
            _time.GetUtcNow(), null);
        // Counted and stored together: two submits at once cannot both pass the count.
        lock (_submitting)
        {
            CheckPending(user);
            if (!_store.TryAddRender(job))
            {
                throw new DuplicateRenderIdException(renderId);
            }
        }

        _logger.LogInformation("Render {RenderId} queued for session {SessionId}", renderId, session.SessionId);
        _wake.Release();
        return job;
    }

    // One render's size against the studio's limits.
    private void CheckSize(DraftRenderPlan plan)
    {
        var seconds = plan.Shots.Sum(shot => shot.Plan.DurationSeconds);
        if (seconds > _limits.MaxSeconds + 1e-6)
        {
            throw new VideoBackendException(ErrorKind.InvalidInput, string.Create(CultureInfo.InvariantCulture,
                $"This clip would last {seconds:0.#} s; a render can be at most {_limits.MaxSeconds:0.#} s. Shorten the timeline and export again."));
        }

        if ((long)plan.Format.Width * plan.Format.Height > _limits.MaxPixels)
        {
            throw new VideoBackendException(ErrorKind.InvalidInput, string.Create(CultureInfo.InvariantCulture,
                $"Frames of {plan.Format.Width}x{plan.Format.Height} are over this studio's limit of {_limits.MaxPixels / 1e6:0.##} megapixels (1080x1920 and the like). Choose a smaller size and export again."));
        }

        if (plan.Fps > _limits.MaxFps)
        {
            throw new VideoBackendException(ErrorKind.InvalidInput,
                $"{plan.Fps} fps is over this studio's limit of {_limits.MaxFps} fps. Choose a lower frame rate and export again.");
        }

    }

    /// <summary>Refuses a user who already has the most renders waiting or running that the studio allows.</summary>
    /// <exception cref="VideoBackendException">Over the limit (a rate limit: 429).</exception>
    public void EnsureRoomForAnother(StudioUser user) => CheckPending(user);

    // How many renders a user has waiting or running, against the studio's limit.
    private void CheckPending(StudioUser user)
    {
        // The machine's own user (the in-process studio behind the MCP tools) is not counted: the tools
        // render each clip once already, and several projects of one person may export at once.
        if (user.UserId == StoreIds.LocalUserId)
        {
            return;
        }

        var active = _store.CountUnfinishedRenders(user.UserId);
        if (active >= _limits.MaxPendingPerUser)
        {
            throw new VideoBackendException(ErrorKind.RateLimited,
                $"You already have {active} renders waiting or running; at most {_limits.MaxPendingPerUser} at a time. Wait for one to finish, or cancel one, then export again.");
        }
    }

    /// <summary>Stops a job: a waiting one never starts, a running one is stopped and its files removed.</summary>
    public RenderRecord Cancel(RenderRecord job)
    {
        lock (_picking)
        {
            var now = _store.FindRender(job.UserId, job.RenderId) ?? job;
            if (now.Status == RenderStatus.Pending)
            {
                _store.UpdateRender(job.UserId, job.RenderId, RenderStatus.Cancelled, now.Progress, error: "Cancelled before it started.", completedAt: _time.GetUtcNow());
                Changes.Changed(job.UserId, job.RenderId);
            }
            else if (_running.TryGetValue(Key(job), out var cancel))
            {
                cancel.Cancel();
            }
        }

        return _store.FindRender(job.UserId, job.RenderId) ?? job;
    }

    private async Task WorkAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                await _wake.WaitAsync(_stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            while (Take() is { } job)
            {
                await RunAsync(job);
            }
        }
    }

    // Users take turns: of the jobs whose session has nothing running, each user's oldest is a
    // candidate, and the one whose user has the fewest running, then whose turn came longest ago,
    // goes first. A user first seen waiting gets a turn just before the latest start: ahead of the
    // user who started last, behind everyone who has waited longer. So a user with many jobs cannot
    // keep another's first job behind all of theirs, and new identities cannot keep jumping ahead of
    // a returning user (a newcomer goes ahead only of the user who started last).
    // One user's jobs still run in the order they came.
    private RenderRecord? Take()
    {
        lock (_picking)
        {
            if (_stopping.IsCancellationRequested)
            {
                return null;
            }

            var waiting = _store.UnfinishedRenders().Where(job => job.Status == RenderStatus.Pending).ToList();
            var present = waiting.Select(job => job.UserId).Concat(_running.Keys.Select(key => key.UserId)).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in _lastStarted.Keys.Where(user => !present.Contains(user)).ToList())
            {
                _lastStarted.Remove(gone);
            }

            foreach (var user in present)
            {
                // Just before whoever started last: ahead of them, behind everyone waiting longer.
                _lastStarted.TryAdd(user, _starts - 1);
            }

            var job = waiting
                .Where(job => !_busySessions.Contains(job.SessionId))
                .GroupBy(job => job.UserId, StringComparer.Ordinal)
                .Select(jobs => jobs.First())
                .OrderBy(job => _running.Keys.Count(key => key.UserId == job.UserId))
                .ThenBy(job => _lastStarted[job.UserId])
                .FirstOrDefault();
            if (job is null)
            {
                return null;
            }

            // In steps of two, so a newcomer's turn fits between two starts.
            _starts += 2;
            _lastStarted[job.UserId] = _starts;
            _busySessions.Add(job.SessionId);
            _running[Key(job)] = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            _store.UpdateRender(job.UserId, job.RenderId, RenderStatus.Processing, 5);
            Changes.Changed(job.UserId, job.RenderId);
            return job;
        }
    }

    private async Task RunAsync(RenderRecord job)
    {
        var cancel = _running[Key(job)];
        // Named by user too: two users may both have a render_1.
        var relative = Path.Combine(StudioStore.RendersFolderName, $"{job.UserId}-{job.RenderId}.mp4");
        var startedAt = _time.GetUtcNow();
        var started = _time.GetTimestamp();
        try
        {
            _logger.LogInformation("Render {RenderId} started", job.RenderId);
            if (_faults.SlowRenderBy > TimeSpan.Zero)
            {
                await Task.Delay(_faults.SlowRenderBy, _time, cancel.Token);
            }

            if (Interlocked.Increment(ref _faultyRendersStarted) <= _faults.FailFirstRenders)
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
                    _store.UpdateRender(job.UserId, job.RenderId, RenderStatus.Processing, scaled);
                    Changes.Changed(job.UserId, job.RenderId);
                }
            });
            var rendered = await _renderer.RenderAsync(job.Draft, id => MediaPath(job.SessionId, id), _store.Resolve(relative), job.Quality, progress, cancel.Token);
            _store.UpdateRender(job.UserId, job.RenderId, RenderStatus.Completed, 100, relative, completedAt: _time.GetUtcNow(),
                outputBytes: new FileInfo(_store.Resolve(relative)).Length);
            Changes.Changed(job.UserId, job.RenderId);
            LogCompleted(job, rendered, startedAt - job.CreatedAt, _time.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The studio is stopping: the job stays "processing" and is queued again on the next start.
        }
        catch (OperationCanceledException)
        {
            _store.UpdateRender(job.UserId, job.RenderId, RenderStatus.Cancelled, _store.FindRender(job.UserId, job.RenderId)?.Progress ?? 0,
                error: "Cancelled while rendering.", completedAt: _time.GetUtcNow());
            Changes.Changed(job.UserId, job.RenderId);
            _logger.LogInformation("Render {RenderId} cancelled", job.RenderId);
        }
        catch (VideoBackendException e)
        {
            Fail(job, e.Message, e.Detail);
        }
        catch (Exception e)
        {
            // Whatever went wrong, the job ends failed and the worker lives on to serve the next one.
            var errorId = Guid.NewGuid().ToString("N")[..8];
            _logger.LogError(e, "Render {RenderId} failed unexpectedly (error id {ErrorId})", job.RenderId, errorId);
            Fail(job, $"The render failed on the studio's side (error id {errorId}); try the export again.", e.GetType().Name);
        }
        finally
        {
            lock (_picking)
            {
                _busySessions.Remove(job.SessionId);
                _running.TryRemove(Key(job), out _);
            }

            cancel.Dispose();
            _wake.Release();
        }
    }

    // One line per render, with where its time went, so an operator (or the export benchmark) can
    // tell the queue, the scene, the frames and the finish apart without a profiler.
    private void LogCompleted(RenderRecord job, RenderedDraft rendered, TimeSpan queued, TimeSpan rendering)
    {
        var phases = rendered.Phases;
        _logger.LogInformation(
            "Render {RenderId} completed in {RenderMs} ms ({Frames} frames); phases: queue {QueueMs} ms, decode {DecodeMs} ms, prepare {PrepareMs} ms, " +
            "encoder start {EncoderStartMs} ms, frames {FramesMs} ms, flush {FlushMs} ms, verify {VerifyMs} ms, previews {PreviewsMs} ms, join {JoinMs} ms",
            job.RenderId, Milliseconds(rendering), rendered.Probe.FrameCount, Milliseconds(queued), Milliseconds(phases.Decode), Milliseconds(phases.Prepare),
            Milliseconds(phases.EncoderStart), Milliseconds(phases.Frames), Milliseconds(phases.Flush), Milliseconds(phases.Verify),
            Milliseconds(phases.Previews), Milliseconds(rendered.Join));
    }

    // Whole milliseconds; never below zero (a wall clock set back while a job waited is no waiting).
    private static long Milliseconds(TimeSpan time) => Math.Max(0, (long)Math.Round(time.TotalMilliseconds));

    private void Fail(RenderRecord job, string reason, string? detail)
    {
        _logger.LogWarning("Render {RenderId} failed: {Reason} {Detail}", job.RenderId, reason, detail);
        _store.UpdateRender(job.UserId, job.RenderId, RenderStatus.Failed, _store.FindRender(job.UserId, job.RenderId)?.Progress ?? 0, error: reason, completedAt: _time.GetUtcNow());
        Changes.Changed(job.UserId, job.RenderId);
    }

    private static (string UserId, string RenderId) Key(RenderRecord job) => (job.UserId, job.RenderId);

    // A job may only use its own session's media.
    private string? MediaPath(string sessionId, string mediaId)
    {
        var media = _store.FindMedia(mediaId);
        return media is null || media.SessionId != sessionId ? null : _store.Resolve(media.StoredPath);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await Task.WhenAll(_workers);
        _stopping.Dispose();
        _wake.Dispose();
    }
}

/// <summary>A render id its user already used; the protocol refuses it and the client retries under a new id.</summary>
public sealed class DuplicateRenderIdException(string renderId)
    : Exception($"You already have a render with the id '{renderId}'; submit the render again under a new id.")
{
    public string RenderId { get; } = renderId;
}
