using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Errors;

namespace JanitorVideo.Server.Backends;

/// <summary>
/// Stands in while the chosen backend is not part of this build, or cannot start here (the studio
/// without FFmpeg): every call fails with plain words naming the backend, why, and the fix.
/// </summary>
public sealed class UnavailableBackend(BackendKind kind, string? reason = null) : IVideoBackend
{
    public string Name => kind == BackendKind.Studio ? "studio" : "cloud";

    public TimeSpan RenderPollInterval => TimeSpan.FromSeconds(1);

    public Task<BackendSession> CreateSessionAsync(string language, CancellationToken cancellationToken = default) => Fail<BackendSession>();

    public Task<BackendSession> EnsureSessionAsync(string sessionId, string language, CancellationToken cancellationToken = default) =>
        Fail<BackendSession>();

    public Task<UploadResult> UploadAsync(string sessionId, IReadOnlyList<UploadSource> sources, CancellationToken cancellationToken = default) =>
        Fail<UploadResult>();

    public IAsyncEnumerable<AgentEvent> SendMessageAsync(string sessionId, string message, CancellationToken cancellationToken = default) =>
        throw Failure();

    public Task<ProjectState> GetStateAsync(string sessionId, CancellationToken cancellationToken = default) => Fail<ProjectState>();

    public Task<CreditBalance> GetCreditsAsync(CancellationToken cancellationToken = default) => Fail<CreditBalance>();

    public Task<RenderJob> StartRenderAsync(RenderRequest request, CancellationToken cancellationToken = default) => Fail<RenderJob>();

    public Task<RenderJob> GetRenderAsync(string renderId, CancellationToken cancellationToken = default) => Fail<RenderJob>();

    public Task CancelRenderAsync(string renderId, CancellationToken cancellationToken = default) => Fail<bool>();

    public Task DownloadAsync(RenderJob job, Stream destination, CancellationToken cancellationToken = default) => Fail<bool>();

    private Task<T> Fail<T>() => Task.FromException<T>(Failure());

    private VideoBackendException Failure()
    {
        if (reason is not null)
        {
            return new VideoBackendException(ErrorKind.NoBackend, $"The {Name} backend cannot start: {reason}");
        }

        var which = kind == BackendKind.Studio
            ? "the embedded studio (the default: JANITOR_BACKEND is unset and no NEMO_TOKEN or NEMO_API_URL is set)"
            : "the NemoVideo cloud (chosen by JANITOR_BACKEND=cloud, NEMO_TOKEN or NEMO_API_URL)";
        return new VideoBackendException(ErrorKind.NoBackend,
            $"No video backend is configured yet: this build does not include {which}. " +
            "Routing, timelines and file checks work; uploads, edits and exports need a backend from a later release.");
    }
}
