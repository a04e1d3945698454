using System.Runtime.CompilerServices;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Errors;
using JanitorVideo.Studio.Store;

namespace JanitorVideo.Studio.Engine;

/// <summary>
/// The embedded default backend: the studio in this process, working for the machine's own user.
/// Links point at files on this machine (<c>file://</c>); there is no account and no network.
/// </summary>
public sealed class StudioBackend(StudioEngine engine) : IVideoBackend
{
    private readonly Lazy<StudioUser> _user = new(engine.LocalUser);

    public string Name => "studio";

    /// <summary>
    /// The studio's and the render engine's builds (deterministic: the same source gives the same ids),
    /// and the FFmpeg build and fonts this machine renders with.
    /// </summary>
    public string RenderSignature =>
        $"studio/{typeof(StudioBackend).Assembly.ManifestModule.ModuleVersionId:N}/{typeof(JanitorVideo.Render.RenderInputException).Assembly.ManifestModule.ModuleVersionId:N}/{engine.RenderEnvironment}";

    /// <summary>The studio's own charges under a quota (<c>JANITOR_CREDITS=quota</c>); none otherwise.</summary>
    public CreditPrices? Prices => engine.Credits.Rules is { Enabled: true } rules ? new CreditPrices(rules.GenerationCost, rules.EditCost) : null;

    public TimeSpan RenderPollInterval => TimeSpan.FromMilliseconds(100);

    /// <summary>Until the render's next stored step or its end, at most one poll interval.</summary>
    public Task WaitForRenderChangeAsync(string renderId, TimeProvider time, CancellationToken cancellationToken = default) =>
        engine.Renders.Changes.WaitAsync(_user.Value.UserId, renderId, RenderPollInterval, time, cancellationToken);

    /// <inheritdoc/>
    public string ExportQuality => "standard";

    public Task<BackendSession> CreateSessionAsync(string language, CancellationToken cancellationToken = default) =>
        Task.FromResult(ToSession(engine.CreateSession(_user.Value, language)));

    public Task<BackendSession> EnsureSessionAsync(string sessionId, string language, CancellationToken cancellationToken = default)
    {
        try
        {
            return Task.FromResult(ToSession(engine.Session(_user.Value, sessionId)));
        }
        catch (VideoBackendException e) when (e.Kind == ErrorKind.SessionNotFound)
        {
            return CreateSessionAsync(language, cancellationToken);
        }
    }

    public async Task<UploadResult> UploadAsync(string sessionId, IReadOnlyList<UploadSource> sources, CancellationToken cancellationToken = default)
    {
        var stored = await engine.UploadAsync(_user.Value, sessionId, sources, cancellationToken);
        return new UploadResult([.. stored.Select(ToUploaded)], SessionStateApplied: false);
    }

    public async IAsyncEnumerable<AgentEvent> SendMessageAsync(string sessionId, string message, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var reply = engine.SendMessageAsync(_user.Value, sessionId, message, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await reply.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (IOException e)
            {
                // The turn was taken and its stream broke: what it did is in the state, and the message is never sent again.
                throw new ReplyDroppedException(e.Message, e);
            }

            yield return reply.Current;
        }
    }

    public Task<ProjectState> GetStateAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var (draft, state) = engine.State(_user.Value, sessionId, MediaUrl, RenderUrl);
        return Task.FromResult(new ProjectState(sessionId, draft, state));
    }

    public Task<CreditBalance> GetCreditsAsync(CancellationToken cancellationToken = default) => Task.FromResult(engine.Balance(_user.Value));

    public Task<RenderJob> StartRenderAsync(RenderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return Task.FromResult(ToJob(engine.StartRender(_user.Value, request.RenderId, request.SessionId, request.Draft, request.Quality)));
        }
        catch (DuplicateRenderIdException e)
        {
            throw new VideoBackendException(ErrorKind.RenderFailed, e.Message, $"duplicate render id {e.RenderId}");
        }
    }

    public Task<RenderJob> GetRenderAsync(string renderId, CancellationToken cancellationToken = default) =>
        Task.FromResult(ToJob(engine.Render(_user.Value, renderId)));

    public Task CancelRenderAsync(string renderId, CancellationToken cancellationToken = default)
    {
        engine.CancelRender(_user.Value, renderId);
        return Task.CompletedTask;
    }

    public async Task DownloadAsync(RenderJob job, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var file = new FileStream(engine.OutputFile(_user.Value, job.Id), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using (file)
        {
            await file.CopyToAsync(destination, cancellationToken);
        }
    }

    private static BackendSession ToSession(SessionRecord session) => new(session.SessionId, session.TaskId, ProjectLink: null);

    private UploadedMedia ToUploaded(MediaRecord media) =>
        new(media.FileName, media.Kind, MediaUrl(media), media.DurationSeconds, media.Width, media.Height, media.Fps, media.Hash);

    private Uri MediaUrl(MediaRecord media) => new(engine.Store.Resolve(media.StoredPath));

    private Uri? RenderUrl(RenderRecord job) => job.OutputPath is null ? null : new Uri(engine.Store.Resolve(job.OutputPath));

    private RenderJob ToJob(RenderRecord job) =>
        new(job.RenderId, job.Status, job.Progress, job.Status == RenderStatus.Completed ? RenderUrl(job) : null, job.Error, job.CreatedAt, job.CompletedAt,
            job.Status == RenderStatus.Completed ? PreviewUrl(job) : null);

    // The renderer writes its contact sheet beside the MP4.
    private Uri? PreviewUrl(RenderRecord job) =>
        job.OutputPath is not null && Path.ChangeExtension(engine.Store.Resolve(job.OutputPath), ".preview.png") is var sheet && File.Exists(sheet)
            ? new Uri(sheet)
            : null;
}
