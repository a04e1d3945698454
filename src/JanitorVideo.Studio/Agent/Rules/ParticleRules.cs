using System.Text.RegularExpressions;
using static JanitorVideo.Studio.Agent.InstructionRule;
using static JanitorVideo.Studio.Agent.RulePatterns;

namespace JanitorVideo.Studio.Agent;

/// <summary>Rows for particle layers: one per kind, and one that removes them.</summary>
internal static class ParticleRules
{
    /// <summary>The words of each kind: English (whole words) and Chinese.</summary>
    private static readonly (string Kind, string English, string Chinese)[] Words =
    [
        ("snow", @"snow(?:ing|fall|flakes?|y)?|flurr(?:y|ies)", "下雪|雪花|飘雪|雪"),
        ("petals", @"(?:cherry\s+)?(?:blossom\s+)?petals?|sakura|cherry\s+blossoms?|falling\s+flowers", "花瓣|樱花|落花|桃花"),
        ("sparkles", @"sparkl(?:e|es|y|ing)|glitter(?:y|ing)?|magic(?:al)?|twinkl(?:e|es|ing)|stars?|stardust|fairy\s+dust", "闪光|星光|魔法|闪闪|亮晶晶|闪烁|星星"),
        ("fireflies", @"(?:glowing\s+)?fireflies|firefly", "萤火虫"),
        ("rain", @"rain(?:y|ing|drops?|fall|storm)?", "下雨|雨滴|雨水|雨天|细雨|大雨|小雨|雨"),
        ("embers", @"embers?|sparks|fire|flames?|burning", "火星|余烬|火花|火焰|火光"),
        ("dust", @"dust(?:y)?|(?:dust\s+)?motes|floating\s+particles", "灰尘|尘埃|浮尘|尘土|微尘"),
    ];

    private static readonly string AnyEnglish = string.Join('|', Words.Select(word => word.English));
    private static readonly string AnyChinese = string.Join('|', Words.Select(word => word.Chinese));

    private static readonly (string Kind, Regex Pattern)[] Kinds =
    [
        .. Words.Select(word => (word.Kind, new Regex($@"\b(?:{word.English})\b|{word.Chinese}",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))),
    ];

    public static IReadOnlyList<InstructionRule> Rows { get; } =
    [
        Row("particles-remove",
            $@"{Remove}{RemoveFiller}(?:(?<all>particles?|particle\s+effects?)|(?:{AnyEnglish}))\b" +
            $"|{RemoveZh}{RemoveFillerZh}(?:(?<all>粒子(?:特效|效果)?)|{AnyChinese})",
            (s, m) =>
            {
                if (m.Groups["all"].Success)
                {
                    s.Image.RemoveAllParticles = true;
                }
                else if (KindOf(m.Value) is { } kind)
                {
                    s.Image.RemoveParticles.Add(kind);
                }
            }),
        .. Words.Select(word => Row(word.Kind, $@"\b(?:{word.English})\b|{word.Chinese}", (s, _) =>
        {
            if (!s.Image.AddParticles.Contains(word.Kind))
            {
                s.Image.AddParticles.Add(word.Kind);
            }
        })),
    ];

    private static string? KindOf(string words) =>
        Kinds.Where(kind => kind.Pattern.IsMatch(words)).Select(kind => kind.Kind).FirstOrDefault();
}
