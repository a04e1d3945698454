using ModelContextProtocol.Protocol;

namespace JanitorVideo.Server.Prompts;

/// <summary>The values the animate prompt's arguments accept, as data for completions and wording.</summary>
public static class PromptOptions
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Values { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["style"] = ["gentle", "cinematic", "dreamy", "energetic", "cute", "epic"],
        ["platform"] = ["tiktok", "reels", "shorts", "youtube", "instagram"],
        ["duration"] = ["5", "8", "10", "15"],
    };

    private static readonly Dictionary<string, string> PlatformWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tiktok"] = "for TikTok (9:16)",
        ["reels"] = "for Reels (9:16)",
        ["shorts"] = "for YouTube Shorts (9:16)",
        ["youtube"] = "for YouTube (16:9)",
        ["instagram"] = "for an Instagram post (1:1)",
    };

    /// <summary>The words the prompt adds for the chosen options: ", cinematic, 10 seconds, for TikTok (9:16)".</summary>
    public static string Describe(string? style, string? platform, string? duration)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(style))
        {
            parts.Add(style.Trim());
        }
        if (int.TryParse(duration, out var seconds) && seconds is > 0 and <= 60)
        {
            parts.Add($"{seconds} seconds");
        }
        if (!string.IsNullOrWhiteSpace(platform))
        {
            parts.Add(PlatformWords.GetValueOrDefault(platform.Trim(), $"for {platform.Trim()}"));
        }
        return parts.Count == 0 ? "" : ", " + string.Join(", ", parts);
    }

    /// <summary>Completion values for a prompt argument, filtered by what has been typed (case-insensitive prefix).</summary>
    public static Completion Complete(string argument, string typed)
    {
        var values = Values.TryGetValue(argument, out var all)
            ? all.Where(v => v.StartsWith(typed, StringComparison.OrdinalIgnoreCase)).ToList()
            : [];
        return new Completion { Values = values, Total = values.Count, HasMore = false };
    }
}
