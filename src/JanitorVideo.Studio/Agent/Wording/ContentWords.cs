using System.Globalization;
using static System.FormattableString;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// The words for what is in a clip, in English and Chinese: motions, particles, grades, text
/// styles, shapes and numbers. Shared by the plan's understood lines and the replies, so both
/// name things alike.
/// </summary>
internal static class ContentWords
{
    private static readonly Dictionary<string, (string En, string Zh)> MotionNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["auto"] = ("automatic, chosen to suit the picture", "自动（按画面选择）"),
        ["push-in"] = ("push in", "镜头推近"),
        ["pull-out"] = ("pull back", "镜头拉远"),
        ["pan-left"] = ("pan left", "向左平移"),
        ["pan-right"] = ("pan right", "向右平移"),
        ["pan-up"] = ("tilt up", "向上摇"),
        ["pan-down"] = ("tilt down", "向下摇"),
        ["parallax-dolly"] = ("3D parallax dolly", "3D 视差推进"),
        ["parallax-orbit"] = ("3D orbit", "3D 环绕"),
        ["idle"] = ("breathing and swaying", "呼吸摇曳"),
        ["handheld"] = ("handheld drift", "手持晃动"),
    };

    // English singular and plural ("druid pushes in", "druid and forest push in"), and Chinese.
    private static readonly Dictionary<string, (string One, string Many, string Zh)> MotionVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["auto"] = ("comes to life", "come to life", "按画面自动动了起来"),
        ["push-in"] = ("pushes in toward the subject", "push in toward the subject", "镜头推近主体"),
        ["pull-out"] = ("pulls back to reveal the scene", "pull back to reveal the scene", "镜头拉远，展开整个场景"),
        ["pan-left"] = ("pans to the left", "pan to the left", "镜头向左平移"),
        ["pan-right"] = ("pans to the right", "pan to the right", "镜头向右平移"),
        ["pan-up"] = ("tilts up", "tilt up", "镜头向上摇"),
        ["pan-down"] = ("tilts down", "tilt down", "镜头向下摇"),
        ["parallax-dolly"] = ("moves in 3D, the subject coming forward from the background", "move in 3D, the subject coming forward from the background", "呈现 3D 纵深，主体从背景中向前浮出"),
        ["parallax-orbit"] = ("turns in 3D as the camera circles the subject", "turn in 3D as the camera circles the subject", "镜头绕着主体做 3D 环绕"),
        ["idle"] = ("breathes and sways", "breathe and sway", "轻轻呼吸、摇曳"),
        ["handheld"] = ("drifts like a handheld camera", "drift like a handheld camera", "像手持镜头一样轻轻晃动"),
    };

    private static readonly Dictionary<string, (string Name, string NameZh, string Scene, string SceneZh)> ParticleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["snow"] = ("snow", "雪花", "falling snow", "飘落的雪花"),
        ["petals"] = ("petals", "花瓣", "drifting petals", "飘落的花瓣"),
        ["sparkles"] = ("sparkles", "闪光", "sparkles", "闪烁的星光"),
        ["fireflies"] = ("fireflies", "萤火虫", "fireflies", "飞舞的萤火虫"),
        ["rain"] = ("rain", "雨", "rain", "细密的雨丝"),
        ["embers"] = ("embers", "火星", "rising embers", "升腾的火星"),
        ["dust"] = ("dust", "尘埃", "floating dust", "漂浮的尘埃"),
    };

    private static readonly Dictionary<string, (string En, string Zh)> GradeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["none"] = ("its own colours", "原本的色彩"),
        ["warm"] = ("warm colours", "暖色调"),
        ["cool"] = ("cool colours", "冷色调"),
        ["teal-orange"] = ("a teal-and-orange film grade", "青橙电影色调"),
        ["vintage"] = ("a vintage look", "复古色调"),
        ["dreamy"] = ("a dreamy look", "梦幻色调"),
        ["noir"] = ("black and white", "黑白"),
        ["vivid"] = ("vivid colours", "鲜艳的色彩"),
    };

    public static string MotionName(string motion, bool zh) => Pick(MotionNames, motion, zh);

    public static string MotionVerb(string motion, bool plural, bool zh) =>
        MotionVerbs.TryGetValue(motion, out var words) ? (zh ? words.Zh : plural ? words.Many : words.One) : motion;

    /// <summary>"Lo-fi music", "Your song “rain”"; Chinese "Lo-fi 音乐", "你的歌曲「rain」".</summary>
    public static string Music(string source, string name, bool zh) => DraftConventions.BedName(source) is { } bed
        ? bed switch
        {
            "Ambient" => zh ? "氛围音乐" : "Ambient music",
            "Epic" => zh ? "史诗音乐" : "Epic music",
            "Cute" => zh ? "可爱风格的音乐" : "Cute music",
            _ => zh ? "Lo-fi 音乐" : "Lo-fi music",
        }
        : zh ? "你的歌曲" + Quote(name, zh) : "Your song " + Quote(name, zh);

    /// <summary>The first letter in upper case, for a name that starts an English sentence.</summary>
    public static string Capitalize(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    public static string Particle(string kind, bool zh) =>
        ParticleWords.TryGetValue(kind, out var words) ? (zh ? words.NameZh : words.Name) : kind;

    public static string ParticleScene(string kind, bool zh) =>
        ParticleWords.TryGetValue(kind, out var words) ? (zh ? words.SceneZh : words.Scene) : kind;

    public static string Grade(string grade, bool zh) => Pick(GradeWords, grade, zh);

    public static string Style(string? style, bool zh) => style?.ToLowerInvariant() switch
    {
        "title" => zh ? "标题" : "title",
        "subtitle" => zh ? "字幕" : "subtitle",
        "caption" => zh ? "说明文字" : "caption",
        null => zh ? "文字" : "text",
        _ => style,
    };

    public static string Placement(string placement, bool zh) => placement switch
    {
        "top" => zh ? "顶部" : "at the top",
        "bottom" => zh ? "底部" : "at the bottom",
        _ => zh ? "中间" : "in the center",
    };

    /// <summary>"vertical 9:16", "竖屏 9:16".</summary>
    public static string Aspect(string aspect, bool zh) => aspect switch
    {
        "16:9" => zh ? "横屏 16:9" : "horizontal 16:9",
        "1:1" => zh ? "方形 1:1" : "square 1:1",
        _ => zh ? "竖屏 9:16" : "vertical 9:16",
    };

    public static string Image(int index, bool zh) =>
        zh ? Invariant($"第{index + 1}张图") : Invariant($"image {index + 1}");

    /// <summary>"8", "2.5": seconds without trailing zeros.</summary>
    public static string Seconds(double seconds) => seconds.ToString("0.##", CultureInfo.InvariantCulture);

    public static string SecondsFromMs(long ms) => Seconds(ms / 1000.0);

    /// <summary>"a, b and c" or "a、b 和 c".</summary>
    public static string List(IReadOnlyList<string> items, bool zh) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(zh ? "、" : ", ", items.Take(items.Count - 1)) + (zh ? "和" : " and ") + items[^1],
    };

    /// <summary>Text in the quotes of the language: “…” in English, 「…」 in Chinese.</summary>
    public static string Quote(string text, bool zh) => zh ? $"「{text}」" : $"“{text}”";

    private static string Pick(Dictionary<string, (string En, string Zh)> table, string key, bool zh) =>
        table.TryGetValue(key, out var words) ? (zh ? words.Zh : words.En) : key;
}
