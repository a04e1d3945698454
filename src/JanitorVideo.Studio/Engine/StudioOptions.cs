namespace JanitorVideo.Studio.Engine;

/// <summary>How a studio runs: where it keeps things, what credits cost, how many renders run at once.</summary>
public sealed record StudioOptions
{
    /// <summary>The studio's folder (database, media, renders), inside the data folder.</summary>
    public required string Folder { get; init; }

    /// <summary>Quotas on (a shared studio) or off (a personal machine: unlimited, the default).</summary>
    public CreditRules Credits { get; init; } = CreditRules.Unlimited;

    /// <summary>What one user may ask of the render queue (<see cref="Engine.RenderLimits"/>).</summary>
    public RenderLimits RenderLimits { get; init; } = new();

    /// <summary>What the studio keeps for one user of its API, and when it lets go (<see cref="Engine.StorageLimits"/>).</summary>
    public StorageLimits StorageLimits { get; init; } = new();

    /// <summary>How long an anonymous token lives (the reference: 7 days).</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Renders that run at once. Each render already draws on every core and FFmpeg encodes on every
    /// core, so one per two cores keeps them from starving each other.
    /// </summary>
    public int RenderWorkers { get; init; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>How often a long reply says it is still working (a heartbeat event).</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Whether the studio's start also warms up the render path in the background (see
    /// <see cref="Rendering.RenderWarmUp"/>): the server's studio does, unless <c>JANITOR_WARM_UP=off</c>.
    /// </summary>
    public bool WarmUp { get; init; }

    /// <summary>The longest a language model may take over one plan before the agent asks the user instead.</summary>
    public TimeSpan ModelTimeout { get; init; } = TimeSpan.FromSeconds(60);
}

/// <summary>What the studio's work costs (the reference's figures) and what an anonymous token starts with.</summary>
/// <param name="Enabled">False: nothing is charged and the balance reads as unlimited.</param>
public sealed record CreditRules(bool Enabled, long AnonymousAllowance, long GenerationCost, long EditCost)
{
    /// <summary>A personal machine: no quota.</summary>
    public static CreditRules Unlimited { get; } = new(false, 100, 100, 50);

    /// <summary>A shared studio with the cloud's figures: 100 credits per token, 100 per generated clip, 50 for a session's edits.</summary>
    public static CreditRules Quota { get; } = new(true, 100, 100, 50);
}

/// <summary>
/// What one render, and one user's renders together, may ask for; refused at submit with plain
/// words. The defaults fit the product: a clip of up to 60 s, frames of up to 1080x1920 (or any
/// shape of as many pixels), 60 fps, three renders waiting or running per user of the studio's API
/// (the machine's own user, behind the MCP tools, is not counted).
/// </summary>
public sealed record RenderLimits(
    int MaxPendingPerUser = 3,
    double MaxSeconds = 60,
    long MaxPixels = 1920L * 1080,
    int MaxFps = 60);
