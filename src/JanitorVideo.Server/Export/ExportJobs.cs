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
public sealed class ExportJobs(ExportService exports, ClipCache cache, IVideoBackend backend, IClipInspector inspector,
    ExportOptions options, TimeProvider time, ILogger<ExportJobs> logger)
{
    private readonly Dictionary<string, Job> _running = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Renders (or hands out again) <paramref name="request"/>'s clip, waiting at most <see cref="ExportOptions.ToolWait"/>.</summary>
    public async Task<ExportOutcome> ExportAsync(ExportRequest request, IProgress<ExportProgress> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        var key = RenderKey.For(backend.RenderSignature, request.Draft, request.Quality);
        if (cache.TryGet(key) is { } kept)
        {
            logger.LogInformation("Export of {SessionId}: the clip of render {RenderId} is unchanged, handed out again", request.SessionId, kept.RenderId);
            return new ExportOutcome(Deliver(kept, request.Destination), kept.RenderId, 100, Reused: true);
        }

        var job = Attach(key, request);
        using var watching = job.Watch(progress);
        using var wait = new CancellationTokenSource(options.ToolWait, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, wait.Token);
        CachedClip clip;
        try
        {
            clip = await job.Completion.WaitAsync(either.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client gave up on the call: the render is not wanted any more.
            logger.LogInformation("Export of {SessionId} cancelled by the client; cancelling render {RenderId}", request.SessionId, job.RenderId);
            await job.CancelAsync();
            throw;
        }
        catch (OperationCanceledException) when (wait.IsCancellationRequested)
        {
            logger.LogInformation("Export of {SessionId}: render {RenderId} still running at {Percent}% after {Wait}; answering now", request.SessionId, job.RenderId, job.Percent, options.ToolWait);
            return new ExportOutcome(null, job.RenderId, job.Percent, Reused: false);
        }

        return new ExportOutcome(Deliver(clip, request.Destination), clip.RenderId, 100, Reused: false);
    }

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

            // Not tied to any call: the render outlives the call that started it. A server that stops
            // leaves it to the backend (never cancelled), and its noted id lets the next server collect it.
            var job = new Job(new CancellationTokenSource());
            _running[key] = job;
            job.Start(token => RenderAsync(key, request, job, token), () =>
            {
                lock (_gate)
                {
                    _running.Remove(key);
                }
            });
            return job;
        }
    }

    /// <summary>One render into the cache: followed if a restarted server noted it, else started; the MP4 verified, described and kept.</summary>
    private async Task<CachedClip> RenderAsync(string key, ExportRequest request, Job job, CancellationToken cancellationToken)
    {
        RenderJob rendered;
        try
        {
            rendered = await exports.RenderAsync(request, job, cancellationToken, resume: cache.Pending(key), started: renderId =>
            {
                job.RenderId = renderId;
                cache.NotePending(key, renderId, request.SessionId);
            });
        }
        catch (Exception e) when (e is VideoBackendException or OperationCanceledException)
        {
            // Failed for good (retried already) or cancelled: nothing left to collect.
            cache.ClearPending(key);
            throw;
        }

        var staged = cache.StagingPath(key);
        try
        {
            await VerifiedDownload.SaveAsync(backend, rendered, staged, cancellationToken);
            var facts = await inspector.InspectAsync(staged, rendered.PreviewUrl, cancellationToken);
            var kept = cache.Keep(key, rendered.Id, rendered.OutputUrl is { IsFile: false } remote ? remote : null, staged, facts);
            logger.LogInformation("Render {RenderId} of {SessionId} kept as clip {Key} ({Bytes} bytes)", rendered.Id, request.SessionId, key, kept.SizeBytes);
            return kept;
        }
        finally
        {
            File.Delete(staged);
            File.Delete(Path.ChangeExtension(staged, ".preview.png"));
        }
    }

    /// <summary>A render in the background: its progress for whoever watches, its id, its end.</summary>
    private sealed class Job(CancellationTokenSource cancel) : IProgress<ExportProgress>
    {
        private readonly Lock _gate = new();
        private readonly List<IProgress<ExportProgress>> _watchers = [];
        private ExportProgress? _last;

        public Task<CachedClip> Completion { get; private set; } = Task.FromException<CachedClip>(new InvalidOperationException("not started"));

        public string? RenderId { get; set; }

        public int Percent => _last?.Percent ?? 0;

        public void Start(Func<CancellationToken, Task<CachedClip>> work, Action ended)
        {
            Completion = Task.Run(async () =>
            {
                try
                {
                    return await work(cancel.Token);
                }
                finally
                {
                    ended();
                    cancel.Dispose();
                }
            });
        }

        public async Task CancelAsync()
        {
            try
            {
                await cancel.CancelAsync();
            }
            catch (ObjectDisposedException)
            {
                // Already over.
            }
        }

        /// <summary>Passes progress on to <paramref name="watcher"/> (the last report first) until disposed.</summary>
        public IDisposable Watch(IProgress<ExportProgress> watcher)
        {
            ExportProgress? last;
            lock (_gate)
            {
                _watchers.Add(watcher);
                last = _last;
            }

            if (last is not null)
            {
                watcher.Report(last);
            }

            return new Unwatch(this, watcher);
        }

        public void Report(ExportProgress value)
        {
            IProgress<ExportProgress>[] watchers;
            lock (_gate)
            {
                _last = value;
                watchers = [.. _watchers];
            }

            foreach (var watcher in watchers)
            {
                watcher.Report(value);
            }
        }

        private sealed class Unwatch(Job job, IProgress<ExportProgress> watcher) : IDisposable
        {
            public void Dispose()
            {
                lock (job._gate)
                {
                    job._watchers.Remove(watcher);
                }
            }
        }
    }
}
