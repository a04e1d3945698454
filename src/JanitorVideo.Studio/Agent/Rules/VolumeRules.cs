using System.Globalization;
using static JanitorVideo.Studio.Agent.InstructionRule;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// Rows for the music volume. They run last, so a percentage another row has claimed ("vignette
/// at 50%") is not read as a volume.
/// </summary>
internal static class VolumeRules
{
    private const string Percent = @"(?<n>\d{1,4})\s*(?:%|percent\b)";

    public static IReadOnlyList<InstructionRule> Rows { get; } =
    [
        Row("volume-mute", @"\bmute\b|静音", (s, _) => s.Music.Mute = true),
        Row("volume-percent",
            $@"\b(?:volume|vol)\b[^\d,;]{{0,16}}?(?<n>\d{{1,4}})\s*(?:%|percent\b)?|\bat\s+{Percent}|{Percent}\s+volume\b|音量[^\d,]{{0,8}}?(?<n>\d{{1,4}})\s*%?",
            (s, m) => s.Music.Volume = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)),
        Row("volume-up",
            @"\b(?:louder|turn\s+(?:it|the\s+(?:music|volume|bgm))\s+up|(?:music|volume|bgm)\s+up|raise\s+the\s+(?:volume|music)|more\s+volume|increase\s+the\s+volume)\b" +
            "|大声|调高音量|提高音量|音量(?:调)?(?:大|高)(?:一?点|些)?|响一点|声音大",
            (s, _) => s.Music.Nudges++),
        Row("volume-down",
            @"\b(?:quieter|softer|lower\s+the\s+(?:volume|music)|turn\s+(?:it|the\s+(?:music|volume|bgm))\s+down|(?:music|volume|bgm)\s+down|less\s+loud|decrease\s+the\s+volume|reduce\s+the\s+volume)\b" +
            "|小声|调低音量|降低音量|音量(?:调)?(?:小|低)(?:一?点|些)?|声音小",
            (s, _) => s.Music.Nudges--),
    ];
}
