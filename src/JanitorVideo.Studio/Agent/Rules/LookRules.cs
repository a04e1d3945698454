using System.Text.RegularExpressions;
using static JanitorVideo.Studio.Agent.InstructionRule;
using static JanitorVideo.Studio.Agent.RulePatterns;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// Rows for the look: removing an effect, "cinematic" (a 3D dolly with a teal-orange grade), the
/// colour grades, grain, vignette, light sweep and glow. They run before the motion rows, so
/// "strong vignette" is a vignette and not a strong motion.
/// </summary>
internal static class LookRules
{
    public static IReadOnlyList<InstructionRule> Rows { get; } =
    [
        Row("look-remove",
            $@"{Remove}{RemoveFiller}(?<w>vignett(?:e|ing)|dark\s+edges|(?:film\s+)?grain|noise|light\s+sweep|sweep|shine|glow|bloom|filters?|grad(?:e|ing)|tint|effects?)\b" +
            $"|{RemoveZh}{RemoveFillerZh}(?<w>暗角|晕影|颗粒|噪点|扫光|流光|发光|光晕|辉光|滤镜|调色|特效|效果)",
            (s, m) => RemoveLook(s, m.Groups["w"].Value.ToLowerInvariant())),
        Row("cinematic",
            @"\b(?:cinematic|filmic|movie[\s-]like|like\s+a\s+movie)\b|电影感|大片感|电影效果|大片",
            (s, _) =>
            {
                s.Image.Motion = "parallax-dolly";
                s.Image.Grade = "teal-orange";
            }),
        Grade("grade-none", @"\b(?:natural|original)\s+colou?rs?\b|\bno\s+(?:colou?r\s+)?(?:filter|grade|grading)\b|原色|自然色|原始颜色", "none"),
        Grade("warm", @"\bwarm(?:er)?(?:\s+(?:tones?|colou?rs?|look|light|grade|filter))?\b|\bgolden(?:\s+hour)?\b|\bsunset\s+(?:tones?|colou?rs?|light)\b|暖色调?|暖调|温暖|暖一点|暖暖的|金色", "warm"),
        Grade("cool", @"\bcool(?:er)?\s+(?:tones?|colou?rs?|look|light|grade|filter|blue)\b|\bcooler\b|\bcold\b|\bicy\b|\bblue\s+tones?\b|冷色调?|冷调|清冷|冷一点", "cool"),
        Grade("teal-orange", @"\bteal\s*(?:and|&|-|/)?\s*orange\b|\bblockbuster\b|青橙|橙青", "teal-orange"),
        Grade("vintage", @"\b(?:vintage|retro|nostalgic|sepia|old[\s-]film|old[\s-]school)\b|复古|怀旧|老电影|胶片感|老照片", "vintage"),
        Grade("dreamy", @"\b(?:dreamy|dreamlike|ethereal|pastel)\b|梦幻|唯美|朦胧", "dreamy"),
        Grade("noir", @"\b(?:noir|black\s*(?:and|&)\s*white|b\s*&\s*w|b/w|monochrome|gr[ae]yscale)\b|黑白|单色", "noir"),
        Grade("vivid", @"\b(?:vivid|vibrant|saturated|colou?rful|punchy|bright\s+colou?rs)\b|鲜艳|鲜明|艳丽|高饱和", "vivid"),
        Row("grain",
            @"\b(?:(?<lvl>subtle|light|heavy|strong)\s+)?(?:film\s+)?grain(?:y)?\b|\bfilm\s+noise\b|(?:胶片)?颗粒感?|噪点",
            (s, m) => s.Image.Grain = Level(m)),
        Row("vignette",
            @"\b(?:(?<lvl>subtle|light|soft|heavy|strong|dark)\s+)?vignett(?:e|ing)\b|\bdark(?:er|ened)?\s+(?:edges|corners)\b|暗角|晕影",
            (s, m) => s.Image.Vignette = Level(m)),
        Row("sweep",
            @"\b(?:light\s+sweeps?|sweep(?:ing)?\s+light|lens\s+sweep|shine|shimmer(?:ing)?|sweep)\b|扫光|流光",
            (s, _) => s.Image.Sweep = true),
        Row("glow",
            @"\b(?:(?:soft|subtle|gentle|strong)\s+)?(?:glow(?:ing|y|s)?|bloom|halo)\b|发光|光晕|辉光|柔光",
            (s, _) => s.Image.Glow = true),
    ];

    private static InstructionRule Grade(string name, string pattern, string grade) =>
        Row(name, pattern, (s, _) => s.Image.Grade = grade);

    // "subtle" 0.3, "strong" 0.8, else 0.5.
    private static double Level(Match match) => match.Groups["lvl"].Value.ToLowerInvariant() switch
    {
        "subtle" or "light" or "soft" => 0.3,
        "heavy" or "strong" or "dark" => 0.8,
        _ => 0.5,
    };

    private static void RemoveLook(PlanSketch sketch, string word)
    {
        var image = sketch.Image;
        switch (word)
        {
            case var w when w.StartsWith("vignett", StringComparison.Ordinal) || w.StartsWith("dark", StringComparison.Ordinal) || w is "暗角" or "晕影":
                image.Vignette = 0;
                break;
            case var w when w.Contains("grain", StringComparison.Ordinal) || w is "noise" or "颗粒" or "噪点":
                image.Grain = 0;
                break;
            case var w when w.Contains("sweep", StringComparison.Ordinal) || w is "shine" or "扫光" or "流光":
                image.Sweep = false;
                break;
            case "glow" or "bloom" or "发光" or "光晕" or "辉光":
                image.Glow = false;
                break;
            case "effect" or "effects" or "特效" or "效果":
                image.RemoveAllParticles = true;
                image.Grade = "none";
                image.Vignette = 0;
                image.Grain = 0;
                image.Sweep = false;
                image.Glow = false;
                break;
            default:
                image.Grade = "none";
                break;
        }
    }
}
