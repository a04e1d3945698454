namespace JanitorVideo.Core.Backend;

/// <summary>
/// What the product needs from a video backend: the NemoVideo cloud over HTTP, or the embedded
/// studio. Small enough to implement twice; logging and metrics are decorators, not copies.
/// Failures surface as <see cref="Errors.VideoBackendException"/> with words for the user.
/// </summary>
public interface IVideoBackend
{
    /// <summary>"studio" or "cloud": which backend answers, for logs and the agent.</summary>
    string Name { get; }

    /// <summary>
    /// What decides a render's pixels on this backend besides the draft and the quality (its engine's
    /// build, the service it calls): two renders with the same draft, quality and signature are the
    /// same clip, so a finished one can be handed out again instead of rendered twice.
    /// </summary>
    string RenderSignature { get; }

    /// <summary>What a message to the agent costs here, or null when nothing is charged (the studio without quotas).</summary>
    CreditPrices? Prices { get; }

    /// <summary>
    /// The quality word an export asks for when its caller names none. The cloud's contract names
    /// "high"; the studio answers with its standard encode (x264 veryfast at CRF 20, as <c>animate</c>),
    /// the same constant quality as its slower preset at a third of the wait.
    /// </summary>
    string ExportQuality { get; }

    /// <summary>How often a render's status is worth asking for (the cloud: 10 s; the studio: well under a second).</summary>
    TimeSpan RenderPollInterval { get; }

    /// <summary>
    /// Waits until render <paramref name="renderId"/> is worth asking about again: one
    /// <see cref="RenderPollInterval"/>, or sooner where the backend hears of its changes (the studio
    /// in this process: its next step of progress or its end, so a finished clip is collected at once).
    /// </summary>
    Task WaitForRenderChangeAsync(string renderId, TimeProvider time, CancellationToken cancellationToken = default) =>
        Task.Delay(RenderPollInterval, time, cancellationToken);

    /// <summary>Creates a new project session.</summary>
    /// <param name="language">The user's language as an ISO code (en, zh-CN, ja, es…).</param>
    Task<BackendSession> CreateSessionAsync(string language, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns the session when it still exists, or a new one when it does not (the reference's
    /// rule for 1002). The caller compares ids to tell the user a project was started afresh.
    /// </summary>
    Task<BackendSession> EnsureSessionAsync(string sessionId, string language, CancellationToken cancellationToken = default);

    /// <summary>Adds files (streamed, never buffered whole) or http(s) URLs to the session's media.</summary>
    Task<UploadResult> UploadAsync(string sessionId, IReadOnlyList<UploadSource> sources, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends the user's words to the backend's agent and yields what it does, until the reply ends
    /// (the stream closes). Never re-send a message while its generation runs.
    /// </summary>
    IAsyncEnumerable<AgentEvent> SendMessageAsync(string sessionId, string message, CancellationToken cancellationToken = default);

    /// <summary>The session's latest state, draft included.</summary>
    Task<ProjectState> GetStateAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>What the account can still spend.</summary>
    Task<CreditBalance> GetCreditsAsync(CancellationToken cancellationToken = default);

    /// <summary>Submits a render of a draft; the answer is the job as first seen.</summary>
    Task<RenderJob> StartRenderAsync(RenderRequest request, CancellationToken cancellationToken = default);

    /// <summary>The render job's current status.</summary>
    Task<RenderJob> GetRenderAsync(string renderId, CancellationToken cancellationToken = default);

    /// <summary>Asks the backend to stop a render.</summary>
    Task CancelRenderAsync(string renderId, CancellationToken cancellationToken = default);

    /// <summary>Copies a completed render's MP4 into <paramref name="destination"/>.</summary>
    Task DownloadAsync(RenderJob job, Stream destination, CancellationToken cancellationToken = default);
}
