using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Errors;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Server.Export;

/// <summary>What an export came to within the tool's wait: the clip, or the render still running and how far it is.</summary>
/// <param name="Clip">The delivered MP4; null while the render runs on.</param>
/// <param name="Reused">The clip was rendered before (an unchanged project): handed out again, not rendered.</param>
public sealed record ExportOutcome(ExportedClip? Clip, string? RenderId, int Percent, bool Reused);

/// <summary>
/// Exports as an agent host can wait for them: each clip is rendered once, by what decides its
/// pixels (<see cref="RenderKey"/>); an unchanged project's clip is handed out again from the
/// <see cref="ClipCache"/> at once; a render still running after <see cref="ExportOptions.ToolWait"/>
/// goes on in the background and the call answers with its progress, and a later export of the same
/// project attaches to it (after a restart too: the running render's id is noted). The client
/// cancelling the call cancels the render.
/// </summary>
public sealed class ExportJobs(ExportService exports, ClipCache cache, IVideoBackend backend,
    ExportOptions options, TimeProvider time, ILogger<ExportJobs> logger, Hosting.ClientNotices notices)
{
    private readonly Dictionary<string, Job> _running = new(StringComparer.Ordinal);
    private readonly Dictionary<string, VideoBackendException> _failures = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Renders (or hands out again) <paramref name="request"/>'s clip, waiting at most <see cref="ExportOptions.ToolWait"/> from when the call began.</summary>
    /// <param name="spent">How long the call has already taken (finding the project, reading its state): the wait is what is left of the tool's.</param>
    public async Task<ExportOutcome> ExportAsync(ExportRequest request, IProgress<ExportProgress> progress, CancellationToken cancellationToken, TimeSpan spent = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        var began = time.GetTimestamp();
        // The quality as the caller named it (none: the backend's own default), so clips kept before a backend's default changed still match.
        var key = RenderKey.For(backend.RenderSignature, request.Draft, request.Quality);
        if (cache.TryGet(key) is { } kept && TryDeliver(kept with { RemoteUrl = null }, request.Destination) is { } reused)
        {
            logger.LogInformation("Export of {SessionId}: the clip of render {RenderId} is unchanged, handed out again", request.SessionId, kept.RenderId);
            LogDelivered(request, reused, reused: true, RenderTimings.None, copy: time.GetElapsedTime(began), spent, began);
            return new ExportOutcome(reused, kept.RenderId, 100, Reused: true);
        }

        var job = Attach(key, request);
        var done = await job.WaitAsync(progress, options.ToolWait - spent, time, cancelled: () =>
        {
            // The client gave up on the call and no other call waits: the render is cancelled.
            logger.LogInformation("Export of {SessionId} cancelled by the client; cancelling render {RenderId}", request.SessionId, job.RenderId);
            Forget(key, job);
            return Task.CompletedTask;
        }, cancellationToken);
        if (done is null)
        {
            logger.LogInformation("Export of {SessionId}: render {RenderId} still running at {Percent}% after {Wait}; answering now", request.SessionId, job.RenderId, job.Percent, options.ToolWait);
            return new ExportOutcome(null, job.RenderId, job.Percent, Reused: false);
        }

        CachedClip clip;
        try
        {
            clip = await done;
        }
        catch (OperationCanceledException)
        {
            throw new VideoBackendException(ErrorKind.RenderFailed,
                "The render was cancelled: the other request waiting for the same clip gave up on it. Call export again to render it anew.");
        }

        // A clip kept from before is the local MP4 only: the cloud's download link it once had may have expired.
        var copying = time.GetTimestamp();
        var delivered = Deliver(job.FromCache ? clip with { RemoteUrl = null } : clip, request.Destination);
        LogDelivered(request, delivered, job.FromCache, job.Timings ?? RenderTimings.None, time.GetElapsedTime(copying), spent, began);
        return new ExportOutcome(delivered, clip.RenderId, 100, Reused: job.FromCache);
    }

    // One line per delivered export, with where its time went: the render (waited for, polls
    // included), the download and the look at the MP4 (facts, contact sheet), keeping it, and the
    // copy to the destination. "project" is what the call spent before (finding it, reading its state).
    private void LogDelivered(ExportRequest request, ExportedClip clip, bool reused, RenderTimings render, TimeSpan copy, TimeSpan spent, long began) =>
        logger.LogInformation(
            "Export of {SessionId} delivered render {RenderId} to {Path} in {TotalMs} ms (reused {Reused}); phases: project {ProjectMs} ms, " +
            "render wait {RenderWaitMs} ms, download {DownloadMs} ms, inspect {InspectMs} ms, keep {KeepMs} ms, copy {CopyMs} ms",
            request.SessionId, clip.Job.Id, request.Destination, ExportService.Milliseconds(time.GetElapsedTime(began)), reused,
            ExportService.Milliseconds(spent), ExportService.Milliseconds(render.RenderWait), ExportService.Milliseconds(render.Download),
            ExportService.Milliseconds(render.Inspect), ExportService.Milliseconds(render.Keep), ExportService.Milliseconds(copy));

    /// <summary>Renders running in the background now (for tests and the log).</summary>
    public int Running
    {
        get
        {
            lock (_gate)
            {
                return _running.Count;
            }
        }
    }

    /// <summary>The kept clip copied to <paramref name="destination"/>; null when it went missing meanwhile (evicted), so it is rendered again.</summary>
    private ExportedClip? TryDeliver(CachedClip clip, string destination)
    {
        try
        {
            return Deliver(clip, destination);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            logger.LogInformation("The kept clip {Key} went missing while it was copied; rendering it again", clip.Key);
            return null;
        }
    }

    private void Forget(string key, Job job)
    {
        lock (_gate)
        {
            if (_running.TryGetValue(key, out var running) && ReferenceEquals(running, job))
            {
                _running.Remove(key);
            }
        }
    }

    private static ExportedClip Deliver(CachedClip clip, string destination)
    {
        var facts = ClipCache.CopyTo(clip, destination);
        var job = new RenderJob(clip.RenderId, RenderStatus.Completed, 100, clip.RemoteUrl);
        return new ExportedClip(job, destination, clip.SizeBytes, facts);
    }

    /// <summary>The job rendering <paramref name="key"/>, started now if none is running.</summary>
    private Job Attach(string key, ExportRequest request)
    {
        lock (_gate)
        {
            if (_running.TryGetValue(key, out var running))
            {
                logger.LogInformation("Export of {SessionId} attaches to render {RenderId}, already running", request.SessionId, running.RenderId);
                return running;
            }

            // A render of this clip may have ended between the caller's look at the cache and now.
            if (cache.TryGet(key) is { } kept)
            {
                return Job.Done(kept);
            }

            // Not tied to any call: the render outlives the call that started it. A server that stops
            // leaves it to the backend (never cancelled), and its noted id lets the next server collect it.
            if (_failures.Remove(key, out var failure))
            {
                // The render a call left running failed after that call had answered: told once, then tried anew.
                return Job.Failed(new VideoBackendException(failure.Kind,
                    $"The render left running by the last export failed: {failure.Message} Call export again to render it anew.", failure.Detail, failure));
            }

            var job = new Job();
            _running[key] = job;
            job.Start(token => RenderAsync(key, request, job, token), completion =>
            {
                lock (_gate)
                {
                    if (_running.TryGetValue(key, out var running) && ReferenceEquals(running, job))
                    {
                        _running.Remove(key);
                    }

                    if (completion.Exception?.InnerException is VideoBackendException failed && job.Waiters == 0)
                    {
                        _failures[key] = failed;
                    }
                }
            });
            return job;
        }
    }

    /// <summary>One render into the cache: followed if a restarted server noted it, else started; the MP4 verified, described and kept.</summary>
    private async Task<CachedClip> RenderAsync(string key, ExportRequest request, Job job, CancellationToken cancellationToken)
    {
        var staged = cache.StagingPath(key);
        try
        {
            var began = time.GetTimestamp();
            var rendered = await exports.RenderAsync(request, job, cancellationToken, resume: cache.Pending(key), started: renderId =>
            {
                job.RenderId = renderId;
                cache.NotePending(key, renderId, request.SessionId);
                notices.Tell(LogLevel.Information, $"Render {renderId} of project {request.SessionId} started.");
            });
            var renderWait = time.GetElapsedTime(began);
            var delivery = await exports.DeliverAsync(rendered, staged, cancellationToken);
            var keeping = time.GetTimestamp();
            var kept = cache.Keep(key, rendered.Id, rendered.OutputUrl is { IsFile: false } remote ? remote : null, staged, delivery.Facts);
            job.Timings = new RenderTimings(renderWait, delivery.Download, delivery.Inspect, time.GetElapsedTime(keeping));
            logger.LogInformation("Render {RenderId} of {SessionId} kept as clip {Key} ({Bytes} bytes)", rendered.Id, request.SessionId, key, kept.SizeBytes);
            notices.Tell(LogLevel.Information, $"Render {rendered.Id} of project {request.SessionId} finished ({kept.SizeBytes} bytes).");
            return kept;
        }
        catch (Exception e) when (e is VideoBackendException or OperationCanceledException or IOException)
        {
            // Failed for good (retried already), cancelled, or its file unusable: nothing left to follow.
            cache.ClearPending(key);
            if (e is not OperationCanceledException)
            {
                logger.LogWarning("Render of {SessionId} for clip {Key} failed: {Reason}", request.SessionId, key, e.Message);
            }

            throw;
        }
        finally
        {
            File.Delete(staged);
            File.Delete(Path.ChangeExtension(staged, ".preview.png"));
        }
    }

    /// <summary>How long a render's job waited for the render (polls included), downloaded and looked at its MP4, and kept it.</summary>
    private sealed record RenderTimings(TimeSpan RenderWait, TimeSpan Download, TimeSpan Inspect, TimeSpan Keep)
    {
        public static RenderTimings None { get; } = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
    }

    /// <summary>A render in the background: its progress for whoever watches, its id, its end.</summary>
    private sealed class Job : Hosting.BackgroundWork<CachedClip, ExportProgress>
    {
        /// <summary>Whether the clip came from the cache, not from a render of this job.</summary>
        public bool FromCache { get; private init; }

        public string? RenderId { get; set; }

        /// <summary>Where the render's time went, once it is kept (null for a clip from the cache).</summary>
        public RenderTimings? Timings { get; set; }

        public int Percent => Last?.Percent ?? 0;

        /// <summary>A job already done: the clip was kept.</summary>
        public static Job Done(CachedClip kept)
        {
            var job = new Job { FromCache = true, RenderId = kept.RenderId };
            job.Settle(Task.FromResult(kept));
            return job;
        }

        /// <summary>A job that already failed, to tell one caller.</summary>
        public static Job Failed(Exception failure)
        {
            var job = new Job();
            job.Settle(Task.FromException<CachedClip>(failure));
            return job;
        }
    }
}
