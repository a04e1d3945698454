using static JanitorVideo.Studio.Agent.InstructionRule;
using static JanitorVideo.Studio.Agent.RulePatterns;

namespace JanitorVideo.Studio.Agent;

/// <summary>Rows for the frame and the length: platforms and shapes, resolution, seconds and minutes.</summary>
internal static class FormatRules
{
    public static IReadOnlyList<InstructionRule> Rows { get; } =
    [
        Row("aspect-vertical",
            @"\b(?:youtube\s+shorts|tik\s*tok|reels?|shorts|instagram\s+(?:story|stories|reels?)|9\s*:\s*16|vertical(?:ly)?|portrait\s+(?:mode|format|video|orientation)|phone\s+screen)\b" +
            "|抖音|快手|视频号|竖屏|竖版|竖的|竖着",
            (s, _) => s.Aspect = "9:16"),
        Row("aspect-horizontal",
            @"\b(?:youtube|16\s*:\s*9|horizontal(?:ly)?|landscape\s+(?:mode|format|video|orientation)|wide\s*screen)\b|\bin\s+landscape\b" +
            "|B\\s*站|哔哩哔哩|西瓜视频|横屏|横版|横的|宽屏|横着",
            (s, _) => s.Aspect = "16:9"),
        Row("aspect-square",
            @"\b(?:square|1\s*:\s*1|instagram(?:\s+(?:post|feed))?)\b|正方形|方形|方的|朋友圈",
            (s, _) => s.Aspect = "1:1"),
        Row("resolution-too-high",
            @"\b(?<r>[248]\s*k|2160p?|1440p?|uhd|ultra\s*hd)\b|(?<r>超高清)",
            (s, m) =>
            {
                s.ShortSide = DraftConventions.MaxShortSide;
                var asked = m.Groups["r"].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
                s.TooHighResolution = asked.EndsWith('P') ? asked[..^1] + "p" : asked;
            }),
        Row("resolution-1080", @"\b(?:1080p?|full\s*hd|fhd)\b|超清|全高清|蓝光|高清", (s, _) => s.ShortSide = 1080),
        Row("resolution-720", @"\b(?:720p?|hd\s*ready)\b|标清", (s, _) => s.ShortSide = 720),
        Row("duration-minutes",
            $@"\b(?:(?<n>\d+(?:\.\d+)?|{EnglishNumbers})|(?<one>an?|one))\s*-?\s*(?:mins?|minutes?)\b|\b(?<half>half\s+a\s+minute)\b" +
            $"|(?<n>\\d+|[一二两三四五六七八九十]+)\\s*分钟|(?<half>半分钟)",
            (s, m) => SetSeconds(s, m.Groups["half"].Success ? 30 : m.Groups["one"].Success ? 60 : (NumberWords.Parse(m.Groups["n"].Value) ?? 1) * 60)),
        Row("duration",
            // "the first 3 seconds" is a time range of something else, never the clip's length.
            $@"(?<!\bfirst\s+|前\s*){Number("n")}\s*-?\s*{Seconds}|(?<!前\s*){Number("n")}\s*秒钟?",
            (s, m) => SetSeconds(s, NumberWords.Parse(m.Groups["n"].Value) ?? DraftConventions.DefaultImageMs / 1000.0)),
    ];

    private static void SetSeconds(PlanSketch sketch, double seconds)
    {
        var image = sketch.Image;
        image.Seconds = seconds;
        image.SecondsEach = sketch.Each;
    }
}
