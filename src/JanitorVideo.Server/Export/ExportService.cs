using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Drafts;
using JanitorVideo.Core.Errors;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace JanitorVideo.Server.Export;

/// <summary>A clip to deliver: the session and the draft to render, where the MP4 goes, and the quality word (the backend's <see cref="IVideoBackend.ExportQuality"/> when null).</summary>
public sealed record ExportRequest(string SessionId, Draft Draft, string Destination, string? Quality = null);

/// <summary>How far an export has come, in words a person can read.</summary>
public sealed record ExportProgress(int Percent, string Message);


/// <summary>A delivered MP4: the render that made it, where it is, its size, and what it is (null when this machine cannot look at video).</summary>
public sealed record ExportedClip(RenderJob Job, string Path, long SizeBytes, ClipFacts? Facts);

/// <summary>A finished render saved where it was asked to go: its size and facts, and how long the download and the look at it (facts, contact sheet) took.</summary>
public sealed record Delivery(long SizeBytes, ClipFacts? Facts, TimeSpan Download, TimeSpan Inspect);

/// <summary>
/// From a draft to a verified MP4 on disk, the one way every caller does it (the <c>export</c> tool,
/// export words routed from <c>generate_or_edit</c>, the <c>animate</c> verb): render (polled, with
/// progress; retried once under a new id; given up and cancelled after the time limit or when the
/// caller cancels), download to a temporary file that must be an MP4 before it takes the name, then
/// describe it (length, size, contact sheet).
/// </summary>
public sealed class ExportService(IVideoBackend backend, IClipInspector inspector, ExportOptions options, TimeProvider time, ILogger<ExportService> logger,
    Hosting.ClientNotices? notices = null)
{
    // A retried render is a warning, which the client is told of too.
    private readonly ResiliencePipeline _pipeline = ExportResilience.Build(options, time, notices is null ? logger : new Hosting.TellingLogger(logger, notices));

    public async Task<ExportedClip> ExportAsync(ExportRequest request, IProgress<ExportProgress> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var began = time.GetTimestamp();
        var job = await RenderAsync(request, progress, cancellationToken);
        var rendered = time.GetElapsedTime(began);
        var delivery = await DeliverAsync(job, request.Destination, cancellationToken);
        logger.LogInformation(
            "Exported {RenderId} of {SessionId} to {Path} ({Bytes} bytes) in {TotalMs} ms; phases: render wait {RenderWaitMs} ms, download {DownloadMs} ms, inspect {InspectMs} ms",
            job.Id, request.SessionId, request.Destination, delivery.SizeBytes, Milliseconds(time.GetElapsedTime(began)), Milliseconds(rendered),
            Milliseconds(delivery.Download), Milliseconds(delivery.Inspect));
        return new ExportedClip(job, request.Destination, delivery.SizeBytes, delivery.Facts);
    }

    /// <summary>Downloads a finished render to <paramref name="destination"/> (verified as an MP4 before it takes the name) and describes it.</summary>
    public async Task<Delivery> DeliverAsync(RenderJob job, string destination, CancellationToken cancellationToken)
    {
        var began = time.GetTimestamp();
        var size = await VerifiedDownload.SaveAsync(backend, job, destination, cancellationToken);
        var downloaded = time.GetElapsedTime(began);
        var facts = await inspector.InspectAsync(destination, job.PreviewUrl, cancellationToken);
        return new Delivery(size, facts, downloaded, time.GetElapsedTime(began) - downloaded);
    }

    /// <summary>Whole milliseconds, as the export's log lines give their phases.</summary>
    internal static long Milliseconds(TimeSpan elapsed) => (long)Math.Round(elapsed.TotalMilliseconds);

    /// <summary>
    /// Renders <paramref name="request"/>'s draft to a finished job: polled with progress, retried once
    /// under a new id, given up (and cancelled on the backend) past the time limit or when the caller
    /// cancels. <paramref name="resume"/> names a render already running for it (one a restarted
    /// server noted), followed instead of starting another; <paramref name="started"/> hears each
    /// render's id as it starts.
    /// </summary>
    public async Task<RenderJob> RenderAsync(ExportRequest request, IProgress<ExportProgress> progress, CancellationToken cancellationToken,
        string? resume = null, Action<string>? started = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rising = new RisingProgress(progress);
        try
        {
            return await _pipeline.ExecuteAsync(
                async token => await RenderOnceAsync(request, rising, Interlocked.Exchange(ref resume, null), started, token), cancellationToken);
        }
        catch (TimeoutRejectedException)
        {
            throw new VideoBackendException(ErrorKind.Timeout,
                $"The render took longer than {options.RenderTimeout.TotalMinutes:0.#} minutes and was cancelled. Try a shorter clip, or try again.");
        }
        catch (VideoBackendException e) when (e.Kind == ErrorKind.RenderFailed)
        {
            throw new VideoBackendException(ErrorKind.RenderFailed,
                $"The video could not be rendered ({e.Message.TrimEnd('.')}). It was tried twice; the project is kept, so it can be tried again.", e.Detail);
        }
    }

    /// <summary>One render under a fresh id, polled until it ends; cancelled on the backend when this attempt is given up.</summary>
    private async Task<RenderJob> RenderOnceAsync(ExportRequest request, IProgress<ExportProgress> progress, string? resume, Action<string>? started,
        CancellationToken cancellationToken)
    {
        var followed = resume is null ? null : await RunningAsync(resume, cancellationToken);
        var renderId = followed?.Id ?? RenderRequest.NewId(time.GetUtcNow());
        var submitted = new RenderRequest(renderId, request.SessionId, request.Draft, Quality: request.Quality ?? backend.ExportQuality);
        try
        {
            var job = followed ?? await backend.StartRenderAsync(submitted, cancellationToken);
            if (followed is not null)
            {
                logger.LogInformation("Following render {RenderId}, started before this server did", renderId);
            }

            started?.Invoke(renderId);
            while (!job.IsFinished)
            {
                progress.Report(new ExportProgress(job.Progress, $"Rendering… {job.Progress}%"));
                await backend.WaitForRenderChangeAsync(renderId, time, cancellationToken);
                job = await backend.GetRenderAsync(renderId, cancellationToken);
            }

            if (job.Status == RenderStatus.Completed)
            {
                progress.Report(new ExportProgress(100, "Rendered"));
                return job;
            }

            var reason = job.Error ?? (job.Status == RenderStatus.Cancelled ? "the render was cancelled" : "no reason given");
            logger.LogWarning("Render {RenderId} ended {Status}: {Reason}", renderId, job.Status, reason);
            throw new VideoBackendException(ErrorKind.RenderFailed, reason, $"render {renderId} ended {job.Status}");
        }
        catch (OperationCanceledException)
        {
            // Given up (the time limit, the caller, or a connection's own timeout): nobody will collect it.
            await CancelQuietlyAsync(renderId);
            throw;
        }
    }

    /// <summary>
    /// Passes on only progress that rises: MCP progress must increase, and a retry starts its render
    /// from nothing while polls repeat the same figure.
    /// </summary>
    private sealed class RisingProgress(IProgress<ExportProgress> inner) : IProgress<ExportProgress>
    {
        private int _highest = -1;

        public void Report(ExportProgress value)
        {
            if (value.Percent > _highest)
            {
                _highest = value.Percent;
                inner.Report(value);
            }
        }
    }

    /// <summary>The render <paramref name="renderId"/> when it is still running or done; null when it failed, was cancelled or is unknown.</summary>
    private async Task<RenderJob?> RunningAsync(string renderId, CancellationToken cancellationToken)
    {
        try
        {
            var job = await backend.GetRenderAsync(renderId, cancellationToken);
            return job.Status is RenderStatus.Failed or RenderStatus.Cancelled ? null : job;
        }
        catch (VideoBackendException e)
        {
            logger.LogInformation("Render {RenderId} cannot be followed ({Reason}); starting another", renderId, e.Message);
            return null;
        }
    }

    private async Task CancelQuietlyAsync(string renderId)
    {
        try
        {
            using var grace = new CancellationTokenSource(options.CancelGrace, time);
            await backend.CancelRenderAsync(renderId, grace.Token);
            logger.LogInformation("Render {RenderId} cancelled: the export was given up", renderId);
        }
        catch (Exception e) when (e is VideoBackendException or OperationCanceledException or HttpRequestException)
        {
            logger.LogWarning("Could not cancel render {RenderId}: {Reason}", renderId, e.Message);
        }
    }
}
