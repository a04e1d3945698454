using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Errors;

namespace JanitorVideo.Server.Backends;

/// <summary>
/// Stands in while the chosen backend cannot start here (the studio without FFmpeg, the cloud with
/// settings that cannot work): every call fails with plain words naming the backend, why, and the fix.
/// </summary>
public sealed class UnavailableBackend(BackendKind kind, string? reason = null) : IVideoBackend
{
    public string Name => kind == BackendKind.Studio ? "studio" : "cloud";

    public CreditPrices? Prices => null;

    public string RenderSignature => Name + "/unavailable";

    public TimeSpan RenderPollInterval => TimeSpan.FromSeconds(1);

    public string ExportQuality => "high";

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

        return new VideoBackendException(ErrorKind.NoBackend, $"The {Name} backend is not available in this build.");
    }
}
