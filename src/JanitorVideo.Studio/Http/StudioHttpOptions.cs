using JanitorVideo.Core.Media;

namespace JanitorVideo.Studio.Http;

/// <summary>How the studio's HTTP face behaves where the protocol leaves a choice.</summary>
public sealed record StudioHttpOptions
{
    /// <summary>Which render poll answer to serve (the reference lists two; both are real).</summary>
    public RenderPollShape PollShape { get; init; } = RenderPollShape.Data;

    /// <summary>How many anonymous tokens one remote address may get within <see cref="TokenWindow"/>; more answer HTTP 429.</summary>
    public int TokensPerWindow { get; init; } = 30;

    /// <summary>How many messages, uploads and render submits one remote address may send a minute (a bucket that refills each minute); more answer HTTP 429.</summary>
    public int CostlyPerMinute { get; init; } = 600;

    /// <summary>
    /// How long a request over a rate limit waits for its 429. Costs the studio nothing but an open
    /// request; a client that retries at once without reading <c>Retry-After</c> is slowed to the pace
    /// of its open requests.
    /// </summary>
    public TimeSpan RefusalPause { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The window <see cref="TokensPerWindow"/> counts over.</summary>
    public TimeSpan TokenWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The largest upload request body (all its files together); bigger is refused as 4002 before a
    /// byte of it is stored. The reference's limit is 200 MB per file; a little room is added for multipart framing.
    /// </summary>
    public long MaxUploadBytes { get; init; } = MediaFormats.MaxUploadBytes;

    /// <summary>Host names accepted in the Host header besides the loopback names (<c>JANITOR_ALLOWED_HOSTS</c>).</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>Browser origins accepted besides loopback ones (<c>JANITOR_ALLOWED_ORIGINS</c>).</summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    /// <summary>
    /// The operator's secret (<c>JANITOR_HTTP_TOKEN</c>) every request must carry in
    /// <see cref="StudioRequestGuard.KeyHeader"/>; required to listen off loopback. Null: no key asked for.
    /// </summary>
    public string? AccessKey { get; init; }

    /// <summary>The largest body of every other call (JSON); bigger is refused with HTTP 413.</summary>
    public long MaxJsonBodyBytes { get; init; } = 1L << 20;

    /// <summary>
    /// How long a body announced over its call's limit may be and still be read and thrown away
    /// before the refusal is sent, so a client that sends it all without waiting for <c>100 Continue</c>
    /// reads the refusal rather than a broken pipe. Longer ones are refused unread and the connection closes.
    /// </summary>
    public long MaxDiscardBytes { get; init; } = 512L << 20;
}
