using static JanitorVideo.Studio.Agent.InstructionRule;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// Rows for how the picture moves: a request to animate ("auto" unless a motion is named), the
/// presets, looping, pixel art (whole-pixel motion, crisp enlargement), strength and speed.
/// </summary>
internal static class MotionRules
{
    public static IReadOnlyList<InstructionRule> Rows { get; } =
    [
        Row("animate",
            @"\banimat(?:e|es|ed|ing|ion)\b|\bbring\s+(?:it|him|her|them|this|the\s+\w+)?\s*to\s+life\b|\bmake\s+(?:it|him|her|them|this)\s+move\b" +
            @"|\b(?:turn|convert|make)\b[^,;]{0,60}?\b(?:into|to)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:video|clip|mp4|animation|movie)\b|\bwith\s+motion\b|\bmoving\b" +
            "|动起来|动画|动态|做成视频|生成视频|转成视频|变成视频|转换成视频|做成动图",
            (s, _) => s.Image.Animate = true),
        // Pixel art, asked against before asked for ("no pixel art" is not a request for it), and before
        // the presets claim their words: "smooth" about the camera ("a smooth zoom") is about motion,
        // not about the pixels. Latin words may touch Chinese ones ("8-bit风格"), where \b sees no
        // boundary: lookarounds for ASCII letters instead.
        Row("no-pixel-art",
            @"\b(?:no|not|without|don'?t\s+(?:use|want|do|make\s+it)|turn\s+off|stop|drop)\s+(?:the\s+)?(?:pixel[\s-]?art|crisp\s+pixels?|(?:8|16)[\s-]?bit)(?:\s+(?:style|look|mode))?(?![a-z])" +
            @"|\bsmooth(?:ed|er)?\b(?!\s+(?:[\w-]+\s+){0,2}(?:zoom|pan|push|pull|motion|movement|move|camera|loop|transition|dolly|orbit|tilt)(?:s|ing)?\b)" +
            "|不要像素(?:风格|风|画|艺术|化|感)?|不用像素(?:风格|风|画|艺术)?|取消像素(?:风格|风|画|艺术|化)?|非像素(?:风格|风|画)?|平滑(?:缩放|放大)|边缘(?:平滑|柔和)",
            (s, _) => s.Image.PixelArt = false),
        Row("pixel-art",
            @"(?<![a-z])pixel(?:[\s-]?art(?:work)?|[\s-]perfect)(?![a-z])|\bpixel\s+(?:style|look|sprite|graphics)\b|\b(?:crisp|sharp|hard|chunky)\s+pixels?\b" +
            @"|\b(?:keep|make)\s+(?:the\s+)?pixels\s+(?:crisp|sharp)\b|(?<![a-z0-9])(?:8|16)[\s-]?bit(?![a-z])(?!\s*(?:music|audio|sound|song|chiptune|音乐|音效))" +
            "|像素(?:风格|风|画|艺术|游戏|感|图)|(?:8|16)\\s*位(?:像素|风格|游戏|风)|保持像素(?:清晰|锐利)|像素(?:清晰|锐利)",
            (s, _) => s.Image.PixelArt = true),
        Motion("pull-out", @"\b(?:pull(?:s|ing)?|zoom(?:s|ing)?|dolly)[\s-]*(?:out|back)\b|\bpull\s+away\b|\breveal\b|拉远|拉出|缩小|镜头拉|后退"),
        Motion("push-in", @"\b(?:push(?:es|ing)?|zoom(?:s|ing)?|dolly)[\s-]*in(?:to)?\b|\bzoom(?:s|ing)?\b|\bclose[\s-]?up\b|推近|推进|拉近|放大|镜头推"),
        Motion("pan-left", @"\bpan(?:s|ning)?\s+(?:to\s+(?:the\s+)?)?left\b|\b(?:move|glide|slide|track|drift)s?\s+(?:to\s+the\s+)?left\b|(?:镜头)?(?:向|往)左(?:平移|移动|移|摇|滑)|左移|左摇|镜头(?:向|往)左"),
        Motion("pan-up", @"\b(?:pan|tilt)(?:s|ning|ing)?\s+up(?:wards?)?\b|(?:镜头)?(?:向|往)上(?:平移|移动|移|摇)|上摇|镜头(?:向|往)上"),
        Motion("pan-down", @"\b(?:pan|tilt)(?:s|ning|ing)?\s+down(?:wards?)?\b|(?:镜头)?(?:向|往)下(?:平移|移动|移|摇)|下摇|镜头(?:向|往)下"),
        Motion("pan-right", @"\bpan(?:s|ning)?\s+(?:to\s+(?:the\s+)?)?right\b|\b(?:move|glide|slide|track|drift)s?\s+(?:to\s+the\s+)?right\b|\bpan(?:s|ning)?\b|(?:镜头)?(?:向|往)右(?:平移|移动|移|摇|滑)|右移|右摇|镜头(?:向|往)右|平移"),
        Motion("parallax-orbit", @"\borbit(?:s|ing)?\b|\b(?:circle|rotate|swing)s?\s+around\b|\b360\b|环绕|绕着|旋转镜头|围绕"),
        Motion("parallax-dolly", @"\bparallax\b|\b(?:2\.5\s*d|3\s*d|three[\s-]dimensional|depth)\b|\bdolly\b|视差|立体|景深|纵深"),
        Motion("idle", @"\b(?:breath(?:e|es|ing)?|idle|alive|sway(?:s|ing)?|wind(?:y)?|blink(?:s|ing)?|living)\b|呼吸|摇摆|摆动|活起来|微动|随风|飘动|风吹|有风"),
        Motion("handheld", @"\bhand[\s-]?held\b|\bshaky\s+cam(?:era)?\b|\bcamera\s+shake\b|手持|晃动镜头|镜头晃动"),
        Row("no-loop", @"\b(?:no|don'?t|do\s+not|without|stop)\s+(?:the\s+)?loop(?:ing)?\b|\bnot\s+loop(?:ing|ed)?\b|不要循环|不循环|取消循环", (s, _) => s.Image.Loop = false),
        Row("loop", @"\bloop(?:s|ing|able|ed)?\b|\bseamless(?:ly)?\b|循环|无缝", (s, _) => s.Image.Loop = true),
        Row("subtle", @"\b(?:subtle|subtly|gentle|gently|slight(?:ly)?|soft(?:ly)?|less\s+(?:motion|movement))\b|轻微|轻轻|微微|细微|轻柔|幅度小|小幅", (s, _) => s.Image.Strength = DraftConventions.SubtleStrength),
        Row("strong", @"\b(?:strong(?:er|ly)?|dramatic(?:ally)?|intense|bold|more\s+(?:motion|movement)|exaggerated)\b|强烈|夸张|剧烈|大幅|幅度大|明显", (s, _) => s.Image.Strength = DraftConventions.StrongStrength),
        Row("slow", @"\b(?:slow(?:ly|er)?|slow[\s-]motion|leisurely)\b|慢慢|缓慢|缓缓|慢一点|慢一些|放慢|更慢|慢速|慢", (s, _) => s.Image.Speed = DraftConventions.SlowSpeed),
        Row("fast", @"\b(?:fast(?:er)?|quick(?:ly|er)?|rapid(?:ly)?|energetic|speed\s+(?:it\s+)?up)\b|快速|快一点|快一些|加快|更快|快点|迅速", (s, _) => s.Image.Speed = DraftConventions.FastSpeed),
    ];

    private static InstructionRule Motion(string preset, string pattern) =>
        Row(preset, pattern, (s, _) => s.Image.Motion = preset);
}
