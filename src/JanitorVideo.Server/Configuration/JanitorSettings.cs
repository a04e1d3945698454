using JanitorVideo.Core.Backend;
using JanitorVideo.Studio.Engine;
using Microsoft.Extensions.Configuration;

namespace JanitorVideo.Server.Configuration;

/// <summary>
/// Everything the server reads from its configuration (environment, <c>appsettings.json</c> and the
/// command line share these keys). Built once at start-up; secrets stay out of <see cref="ToString"/>.
/// </summary>
public sealed record JanitorSettings
{
    public required DataFolder Data { get; init; }

    public required BackendKind Backend { get; init; }

    /// <summary>The bearer token HTTP clients must send; required when binding off loopback.</summary>
    public string? HttpToken { get; init; }

    /// <summary>Host names accepted in the Host header besides the loopback names.</summary>
    public IReadOnlyList<string> ExtraAllowedHosts { get; init; } = [];

    /// <summary>Origins accepted besides loopback ones (http(s)://localhost, 127.0.0.1, [::1] on any port).</summary>
    public IReadOnlyList<string> ExtraAllowedOrigins { get; init; } = [];

    /// <summary>The studio's quota: unlimited on a personal machine, or the cloud's figures for a shared studio.</summary>
    public CreditRules Credits { get; init; } = CreditRules.Unlimited;

    /// <summary>Renders the studio runs at once (default: one per two cores).</summary>
    public int? RenderWorkers { get; init; }

    /// <summary>Whether the studio renders a small unseen clip when it starts, so the first export does not pay for compiling the render path (JANITOR_WARM_UP, on by default).</summary>
    public bool WarmUp { get; init; } = true;

    /// <summary>An OpenAI-compatible endpoint the studio's agent may ask when its rules cannot place the words (JANITOR_MODEL_URL).</summary>
    public Uri? ModelEndpoint { get; init; }

    /// <summary>The model to ask there (JANITOR_MODEL).</summary>
    public string? ModelName { get; init; }

    /// <summary>Its API key (JANITOR_MODEL_KEY); a secret, never logged.</summary>
    public string? ModelKey { get; init; }

    /// <summary>Seconds a tool call waits for its work before answering with the job still running (JANITOR_TOOL_WAIT, default 45).</summary>
    public int? ToolWaitSeconds { get; init; }

    /// <summary>Days an unused finished clip is kept (JANITOR_CLIPS_MAX_DAYS, default 14).</summary>
    public int? ClipMaxDays { get; init; }

    /// <summary>Megabytes of finished clips kept (JANITOR_CLIPS_MAX_MB, default 2048).</summary>
    public int? ClipMaxMegabytes { get; init; }

    /// <summary>What one render and one API user's renders may ask of the studio (JANITOR_RENDER_MAX_SECONDS, _MAX_PIXELS, _MAX_FPS, _MAX_PENDING).</summary>
    public RenderLimits RenderLimits { get; init; } = new();

    /// <summary>What the studio keeps per API user and when it lets go (JANITOR_STUDIO_MAX_PROJECTS, _MAX_STORED_MB, _KEEP_DAYS, _MIN_FREE_MB).</summary>
    public StorageLimits StorageLimits { get; init; } = new();

    /// <summary>Anonymous tokens one remote address may get from the studio in 10 minutes (JANITOR_STUDIO_TOKENS_PER_10_MIN, default 30).</summary>
    public int? StudioTokensPerTenMinutes { get; init; }

    /// <summary>Messages, uploads and render submits one remote address may send the studio a minute (JANITOR_STUDIO_CALLS_PER_MIN, default 600).</summary>
    public int? StudioCallsPerMinute { get; init; }

    /// <summary>Folders client paths may point into besides the data folder's inbox and exports (JANITOR_ALLOWED_ROOTS, comma-separated).</summary>
    public IReadOnlyList<string> AllowedRoots { get; init; } = [];

    /// <summary>Clients reach the server over HTTP (other machines, browsers): their paths are confined (see <c>AllowedArea</c>).</summary>
    public bool RemoteClients { get; init; }

    /// <summary>Credits above which a message is put to the user first, when the client can ask (JANITOR_CONFIRM_CREDITS, default 50).</summary>
    public int? ConfirmCreditsAbove { get; init; }

    /// <summary>Serilog's minimum level name (Verbose, Debug, Information, Warning, Error).</summary>
    public string LogLevel { get; init; } = "Information";

    /// <exception cref="ArgumentException">A setting holds a value that cannot work; the message says how to fix it.</exception>
    public static JanitorSettings From(IConfiguration configuration) => new()
    {
        Data = DataFolder.Resolve(configuration["JANITOR_DATA_DIR"], configuration["XDG_DATA_HOME"]),
        Backend = BackendChoice.Decide(configuration["JANITOR_BACKEND"], configuration["NEMO_TOKEN"], configuration["NEMO_API_URL"]),
        HttpToken = Blank(configuration["JANITOR_HTTP_TOKEN"]),
        ExtraAllowedHosts = List(configuration["JANITOR_ALLOWED_HOSTS"]),
        ExtraAllowedOrigins = List(configuration["JANITOR_ALLOWED_ORIGINS"]),
        LogLevel = Blank(configuration["JANITOR_LOG_LEVEL"]) ?? "Information",
        Credits = CreditsFrom(configuration["JANITOR_CREDITS"], configuration["JANITOR_CREDIT_ALLOWANCE"]),
        RenderWorkers = Count("JANITOR_RENDER_WORKERS", configuration["JANITOR_RENDER_WORKERS"], 1, 16),
        WarmUp = OnOff("JANITOR_WARM_UP", configuration["JANITOR_WARM_UP"], otherwise: true),
        ModelEndpoint = ModelUrl(configuration["JANITOR_MODEL_URL"], configuration["JANITOR_MODEL"]),
        ModelName = Blank(configuration["JANITOR_MODEL"]),
        ModelKey = Blank(configuration["JANITOR_MODEL_KEY"]),
        ToolWaitSeconds = Count("JANITOR_TOOL_WAIT", configuration["JANITOR_TOOL_WAIT"], 1, 3600),
        ClipMaxDays = Count("JANITOR_CLIPS_MAX_DAYS", configuration["JANITOR_CLIPS_MAX_DAYS"], 1, 3650),
        ClipMaxMegabytes = Count("JANITOR_CLIPS_MAX_MB", configuration["JANITOR_CLIPS_MAX_MB"], 10, 10_000_000),
        RenderLimits = RenderLimitsFrom(configuration),
        StorageLimits = StorageLimitsFrom(configuration),
        StudioTokensPerTenMinutes = Count("JANITOR_STUDIO_TOKENS_PER_10_MIN", configuration["JANITOR_STUDIO_TOKENS_PER_10_MIN"], 1, 1_000_000),
        StudioCallsPerMinute = Count("JANITOR_STUDIO_CALLS_PER_MIN", configuration["JANITOR_STUDIO_CALLS_PER_MIN"], 1, 1_000_000),
        AllowedRoots = List(configuration["JANITOR_ALLOWED_ROOTS"]).Select(root => Path.GetFullPath(DataFolder.ExpandHome(root))).ToArray(),
        ConfirmCreditsAbove = Count("JANITOR_CONFIRM_CREDITS", configuration["JANITOR_CONFIRM_CREDITS"], 0, 1_000_000_000),
    };

    /// <summary>When spending credits is put to the user first, from these settings.</summary>
    public Skill.SpendingOptions SpendingOptions() => new(ConfirmCreditsAbove ?? Skill.SpendingOptions.DefaultConfirmAbove);

    /// <summary>How exports wait and how many finished clips are kept, from these settings (defaults where unset).</summary>
    public Export.ExportOptions ExportOptions()
    {
        var options = new Export.ExportOptions();
        return options with
        {
            ToolWait = ToolWaitSeconds is { } wait ? TimeSpan.FromSeconds(wait) : options.ToolWait,
            ClipMaxAge = ClipMaxDays is { } days ? TimeSpan.FromDays(days) : options.ClipMaxAge,
            ClipCacheMaxBytes = ClipMaxMegabytes is { } megabytes ? megabytes * 1024L * 1024 : options.ClipCacheMaxBytes,
        };
    }

    private static Uri? ModelUrl(string? url, string? model)
    {
        if (Blank(url) is not { } text)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"JANITOR_MODEL_URL is '{text}'; use the http(s) base of an OpenAI-compatible API, such as http://localhost:11434/v1.");
        }

        return Blank(model) is null
            ? throw new ArgumentException("JANITOR_MODEL_URL is set but JANITOR_MODEL is not: name the model to ask there.")
            : endpoint;
    }

    private static RenderLimits RenderLimitsFrom(IConfiguration configuration)
    {
        var limits = new RenderLimits();
        return limits with
        {
            MaxSeconds = Count("JANITOR_RENDER_MAX_SECONDS", configuration["JANITOR_RENDER_MAX_SECONDS"], 1, 3600) ?? limits.MaxSeconds,
            MaxPixels = Count("JANITOR_RENDER_MAX_PIXELS", configuration["JANITOR_RENDER_MAX_PIXELS"], 16_384, 3840 * 3840) ?? limits.MaxPixels,
            MaxFps = Count("JANITOR_RENDER_MAX_FPS", configuration["JANITOR_RENDER_MAX_FPS"], 12, 60) ?? limits.MaxFps,
            MaxPendingPerUser = Count("JANITOR_RENDER_MAX_PENDING", configuration["JANITOR_RENDER_MAX_PENDING"], 1, 1000) ?? limits.MaxPendingPerUser,
        };
    }

    private static StorageLimits StorageLimitsFrom(IConfiguration configuration)
    {
        var limits = new StorageLimits();
        return limits with
        {
            MaxProjectsPerUser = Count("JANITOR_STUDIO_MAX_PROJECTS", configuration["JANITOR_STUDIO_MAX_PROJECTS"], 1, 1_000_000) ?? limits.MaxProjectsPerUser,
            MaxBytesPerUser = Count("JANITOR_STUDIO_MAX_STORED_MB", configuration["JANITOR_STUDIO_MAX_STORED_MB"], 10, 100_000_000) is { } megabytes
                ? megabytes * (1L << 20)
                : limits.MaxBytesPerUser,
            KeepIdleFor = Count("JANITOR_STUDIO_KEEP_DAYS", configuration["JANITOR_STUDIO_KEEP_DAYS"], 1, 3650) is { } days
                ? TimeSpan.FromDays(days)
                : limits.KeepIdleFor,
            MinFreeDiskBytes = Count("JANITOR_STUDIO_MIN_FREE_MB", configuration["JANITOR_STUDIO_MIN_FREE_MB"], 0, 100_000_000) is { } free
                ? free * (1L << 20)
                : limits.MinFreeDiskBytes,
        };
    }

    /// <summary>The studio's HTTP face's rate limits from these settings (defaults where unset).</summary>
    public Studio.Http.StudioHttpOptions StudioHttpOptions()
    {
        var options = new Studio.Http.StudioHttpOptions();
        return options with
        {
            TokensPerWindow = StudioTokensPerTenMinutes ?? options.TokensPerWindow,
            CostlyPerMinute = StudioCallsPerMinute ?? options.CostlyPerMinute,
            AllowedHosts = ExtraAllowedHosts,
            AllowedOrigins = ExtraAllowedOrigins,
            AccessKey = HttpToken,
        };
    }

    /// <summary>The studio's options over this data folder.</summary>
    public StudioOptions StudioOptions() => new()
    {
        Folder = Data.Studio,
        Credits = Credits,
        RenderLimits = RenderLimits,
        StorageLimits = StorageLimits,
        RenderWorkers = RenderWorkers ?? Math.Max(1, Environment.ProcessorCount / 2),
        WarmUp = WarmUp,
    };

    // JANITOR_WARM_UP=on (default) or off.
    private static bool OnOff(string name, string? value, bool otherwise) => Blank(value)?.ToLowerInvariant() switch
    {
        null => otherwise,
        "on" => true,
        "off" => false,
        var other => throw new ArgumentException($"{name} is '{other}'; use 'on' or 'off'."),
    };

    // JANITOR_CREDITS=unlimited (default) or quota; JANITOR_CREDIT_ALLOWANCE sets a token's allowance under a quota.
    private static CreditRules CreditsFrom(string? mode, string? allowance)
    {
        var rules = Blank(mode)?.ToLowerInvariant() switch
        {
            null or "unlimited" => CreditRules.Unlimited,
            "quota" => CreditRules.Quota,
            var other => throw new ArgumentException($"JANITOR_CREDITS is '{other}'; use 'unlimited' (the default) or 'quota'."),
        };
        return Count("JANITOR_CREDIT_ALLOWANCE", allowance, 0, 1_000_000_000) is { } credits ? rules with { AnonymousAllowance = credits } : rules;
    }

    private static int? Count(string name, string? value, int min, int max)
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new ArgumentException($"{name} is '{text}'; use a whole number from {min} to {max}.");
    }

    public override string ToString() =>
        $"data={Data.Root} backend={Backend} credits={(Credits.Enabled ? $"quota {Credits.AnonymousAllowance}" : "unlimited")} model={(ModelEndpoint is null ? "none" : $"{ModelName} at {ModelEndpoint.Host}")} httpToken={(HttpToken is null ? "unset" : "set")}";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string[] List(string? value) =>
        value?.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
