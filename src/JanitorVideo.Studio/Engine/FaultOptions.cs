using System.Globalization;

namespace JanitorVideo.Studio.Engine;

/// <summary>
/// Misbehaviour on purpose, so clients can be tested against what the cloud really does. Off by
/// default; a studio serving people never sets these.
/// </summary>
public sealed record FaultOptions
{
    public static FaultOptions None { get; } = new();

    /// <summary>Share of agent replies (0–1) that close without any text, as about 30% of the cloud's edits do.</summary>
    public double SilentReplyRate { get; init; }

    /// <summary>Replies send only heartbeats for this long before the work is done (0: off).</summary>
    public TimeSpan HeartbeatOnlyFor { get; init; }

    /// <summary>Share of reply streams (0–1) that drop before the reply, after the work is done.</summary>
    public double DroppedStreamRate { get; init; }

    /// <summary>Extra time every render takes, spent in its processing state.</summary>
    public TimeSpan SlowRenderBy { get; init; }

    /// <summary>The first this many renders fail (after their slow stretch), as cloud renders sometimes do (0: off).</summary>
    public int FailFirstRenders { get; init; }

    /// <summary>After this many token requests in a row, answer 429 to the next ones (0: off).</summary>
    public int RateLimitBurstAfter { get; init; }

    /// <summary>Tokens are issued already expired (every call with them answers 1001).</summary>
    public bool ExpiredTokens { get; init; }

    /// <summary>The first this many API calls other than the token call answer HTTP 429 (0: off).</summary>
    public int RateLimitCalls { get; init; }

    /// <summary>The first this many token requests answer HTTP 429, with <see cref="RateLimitRetryAfter"/> (0: off).</summary>
    public int RateLimitTokenCalls { get; init; }

    /// <summary>The <c>Retry-After</c> those 429s carry; null sends none (the reference then says wait 30 s).</summary>
    public TimeSpan? RateLimitRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Each token stops working (1001) after this many calls made with it (0: off); a new one for the same client id works again.</summary>
    public int TokenUses { get; init; }

    /// <summary>At this many session lookups, the session looked up is forgotten: that call and every later one naming it answer 1002 (0: off).</summary>
    public int LoseSessionAt { get; init; }

    /// <summary>Render starts answer HTTP 402: exporting is not in the plan (the tier, not the credits).</summary>
    public bool FreePlan { get; init; }

    /// <summary>The first this many token requests answer HTTP 400, as for a missing or unusable <c>X-Client-Id</c> (0: off).</summary>
    public int RefuseClientIds { get; init; }

    /// <summary>The first this many API calls other than the token call and messages lose their connection before any answer (0: off).</summary>
    public int CutCalls { get; init; }

    /// <summary>The first this many messages (<c>POST /run_sse</c>) lose their connection before any answer (0: off).</summary>
    public int CutMessages { get; init; }

    /// <summary>Seed of the dice the rates use, so a test sees the same faults every run.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Reads <c>JANITOR_FAULTS</c>: comma-separated <c>name=value</c> pairs, e.g.
    /// <c>silent=0.3,heartbeat-only=20s,drop=0.1,slow-render=5s,fail-renders=1,burst=3,expired-tokens,seed=7</c>,
    /// <c>rate-limit=2,retry-after=1s</c> (or <c>retry-after=none</c>), <c>rate-limit-tokens=1</c>, <c>expire-after=3</c>, <c>lose-session=2</c>,
    /// <c>free-plan</c>, <c>refuse-client-id=1</c>, <c>cut=2</c>, <c>cut-messages=1</c>.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown name or a value that cannot work, with the names that exist.</exception>
    public static FaultOptions Parse(string? text)
    {
        var faults = None;
        foreach (var pair in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, value) = pair.IndexOf('=', StringComparison.Ordinal) is var at and >= 0
                ? (pair[..at].Trim().ToLowerInvariant(), pair[(at + 1)..].Trim())
                : (pair.ToLowerInvariant(), "");
            faults = name switch
            {
                "silent" => faults with { SilentReplyRate = Rate(name, value) },
                "heartbeat-only" => faults with { HeartbeatOnlyFor = Duration(name, value) },
                "drop" => faults with { DroppedStreamRate = Rate(name, value) },
                "slow-render" => faults with { SlowRenderBy = Duration(name, value) },
                "fail-renders" => faults with { FailFirstRenders = Whole(name, value) },
                "burst" => faults with { RateLimitBurstAfter = Whole(name, value) },
                "expired-tokens" => faults with { ExpiredTokens = true },
                "rate-limit" => faults with { RateLimitCalls = Whole(name, value) },
                "rate-limit-tokens" => faults with { RateLimitTokenCalls = Whole(name, value) },
                "retry-after" => faults with { RateLimitRetryAfter = value.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : Duration(name, value) },
                "expire-after" => faults with { TokenUses = Whole(name, value) },
                "lose-session" => faults with { LoseSessionAt = Whole(name, value) },
                "free-plan" => faults with { FreePlan = true },
                "refuse-client-id" => faults with { RefuseClientIds = Whole(name, value) },
                "cut" => faults with { CutCalls = Whole(name, value) },
                "cut-messages" => faults with { CutMessages = Whole(name, value) },
                "seed" => faults with { Seed = Whole(name, value) },
                _ => throw new ArgumentException(
                    $"JANITOR_FAULTS names '{name}', which is not a fault; use silent=RATE, heartbeat-only=SECONDSs, drop=RATE, slow-render=SECONDSs, fail-renders=N, burst=N, expired-tokens, rate-limit=N, rate-limit-tokens=N, retry-after=SECONDSs|none, expire-after=N, lose-session=N, free-plan, refuse-client-id=N, cut=N, cut-messages=N, seed=N."),
            };
        }

        return faults;
    }

    private static double Rate(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1
            ? rate
            : throw new ArgumentException($"JANITOR_FAULTS: {name} is a share from 0 to 1, such as {name}=0.3; got '{value}'.");

    private static TimeSpan Duration(string name, string value) =>
        double.TryParse(value.TrimEnd('s', 'S'), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and <= 3600
            ? TimeSpan.FromSeconds(seconds)
            : throw new ArgumentException($"JANITOR_FAULTS: {name} is a time in seconds, such as {name}=5s; got '{value}'.");

    private static int Whole(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= 0
            ? number
            : throw new ArgumentException($"JANITOR_FAULTS: {name} is a whole number, such as {name}=3; got '{value}'.");

    public bool Any => SilentReplyRate > 0 || HeartbeatOnlyFor > TimeSpan.Zero || DroppedStreamRate > 0
        || SlowRenderBy > TimeSpan.Zero || FailFirstRenders > 0 || RateLimitBurstAfter > 0 || ExpiredTokens
        || RateLimitCalls > 0 || RateLimitTokenCalls > 0 || TokenUses > 0 || LoseSessionAt > 0 || FreePlan || RefuseClientIds > 0 || CutCalls > 0 || CutMessages > 0;
}
