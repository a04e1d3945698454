using System.Text.RegularExpressions;
using static JanitorVideo.Studio.Agent.InstructionRule;
using static JanitorVideo.Studio.Agent.RulePatterns;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// Rows for titles, subtitles and captions: change, remove, add (quoted or after a colon), then
/// the time ranges and placements that attach to the text named last.
/// </summary>
internal static class TextRules
{
    private const string StyleEn = "title|heading|caption|subtitle|text";
    private const string StyleZh = "标题|副标题|字幕|文字|文案";

    // An unquoted text runs to the end of its clause.
    private const string Rest = "(?<t>[^\uE000\uE002]+)$";

    private static readonly Regex Mention = new(
        $@"\b(?<s>{StyleEn})s?\b|(?<s>{StyleZh})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static IReadOnlyList<InstructionRule> Rows { get; } =
    [
        Row("text-change",
            $@"\b(?:change|rename|replace|update|edit|switch|set|make|turn)\s+(?:the\s+)?(?<s>{StyleEn})(?:\s+text)?\s+(?:to|into|with|as|say|says|read|reads)\s*:?\s*(?:{Quote}|{Rest})" +
            $@"|\b(?:the\s+)?(?<s>title|heading|caption|subtitle)\s+(?:should|must|will|to)\s+(?:say|read|be)\s*:?\s*(?:{Quote}|{Rest})" +
            $"|(?:把)?\\s*(?<s>{StyleZh})\\s*(?:改成|改为|换成|替换成|更改为|修改为|变成|改)\\s*:?\\s*(?:{Quote}|{Rest})",
            (s, m) => s.AddText(TextSketchKind.Change, Style(m, forRemoval: false), s.TextOf(m))),
        Row("text-remove",
            $@"{Remove}{RemoveFiller}(?<s>titles?|headings?|captions?|subtitles?|texts?|words)\b" +
            $"|{RemoveZh}\\s*(?:所有|全部)?\\s*的?\\s*(?<s>{StyleZh})",
            (s, m) => s.AddText(TextSketchKind.Remove, Style(m, forRemoval: true), null)),
        Row("text-add",
            $@"\b(?<s>{StyleEn}|words)\b[^\uE000\uE002,]{{0,30}}?{Quote}" +
            $"|(?<s>{StyleZh})[^\uE000\uE002,]{{0,8}}?{Quote}",
            (s, m) => s.AddText(TextSketchKind.Add, Style(m, forRemoval: false), s.TextOf(m))),
        Row("text-add-after",
            $@"{Quote}\s*(?:as\s+(?:a|an|the)?\s*)?(?<s>{StyleEn})\b|{Quote}\s*(?:作为|当作|当|做)?\s*(?<s>{StyleZh})",
            (s, m) => s.AddText(TextSketchKind.Add, Style(m, forRemoval: false), s.TextOf(m))),
        Row("text-add-unquoted",
            $@"\b(?<s>title|heading|caption|subtitle)\s*:\s*{Rest}" +
            $@"|\b(?:add|put|show)\s+(?:a|an|the)?\s*(?<s>title|caption|subtitle|text)\s+(?:saying|that\s+says|reading|called|named)\s+{Rest}" +
            $"|(?<s>{StyleZh})\\s*(?::|是|叫|为|写)\\s*{Rest}",
            (s, m) => s.AddText(TextSketchKind.Add, Style(m, forRemoval: false), s.TextOf(m))),
        When("text-first-seconds",
            $@"\b(?:for\s+|in\s+|during\s+)?(?:the\s+)?first\s+{Number("n")}\s*{Seconds}|前\s*{Number("n")}\s*秒钟?",
            (s, m) => Time(s, 0, SecondsOf(m, "n"))),
        When("text-range",
            $@"\b(?:from|between)\s+{Number("a")}\s*(?:{Seconds})?\s*(?:to|until|till|and|-|–)\s*{Number("b")}\s*{Seconds}" +
            $@"|{Number("a")}\s*(?:s\s*)?(?:-|–|~|to)\s*{Number("b")}\s*{Seconds}" +
            $"|(?:从)?\\s*第?\\s*{Number("a")}\\s*秒?\\s*(?:到|至|-|–|~)\\s*第?\\s*{Number("b")}\\s*秒",
            (s, m) => Time(s, SecondsOf(m, "a"), SecondsOf(m, "b"))),
        When("text-from",
            $@"\b(?:from|starting\s+(?:at|from)|at|after)\s+{Number("a")}\s*{Seconds}|从\s*第?\s*{Number("a")}\s*秒(?:开始|起)?|第\s*{Number("a")}\s*秒(?:开始|出现|起)",
            (s, m) => Time(s, SecondsOf(m, "a"), null)),
        When("text-for-seconds",
            $@"\bfor\s+{Number("n")}\s*{Seconds}|(?:显示|持续|出现)\s*{Number("n")}\s*秒钟?",
            (s, m) => Time(s, null, SecondsOf(m, "n"), lengthOnly: true)),
        When("text-whole-clip",
            @"\b(?:for\s+|during\s+|over\s+)?(?:the\s+)?(?:whole|entire|full)\s+(?:clip|video|time|thing)\b|\bthroughout\b|\ball\s+the\s+time\b|全程|一直显示|整个视频",
            (s, _) => Time(s, 0, DraftConventions.MaxClipSeconds)),
        When("text-placement",
            @"\b(?:at|to|on|in|near)\s+the\s+(?<p>top|bottom|cent(?:er|re)|middle)\b|\b(?<p>top|bottom|cent(?:er|re)|middle)\s+of\s+the\s+(?:screen|frame|video|picture)\b" +
            "|(?<p>顶部|上方|顶端|最上面|底部|下方|底端|最下面|中间|居中|正中|中央)",
            (s, m) => Place(s, m.Groups["p"].Value)),
    ];

    private static string? Style(Match match, bool forRemoval)
    {
        var word = match.Groups["s"].Value.ToLowerInvariant().TrimEnd('s');
        return word switch
        {
            "title" or "heading" or "标题" => "title",
            "subtitle" or "字幕" or "副标题" => "subtitle",
            _ => forRemoval ? null : "caption",
        };
    }

    private static double? SecondsOf(Match match, string group) =>
        match.Groups[group].Success ? NumberWords.Parse(match.Groups[group].Value) : null;

    private static bool Time(PlanSketch sketch, double? start, double? end, bool lengthOnly = false)
    {
        if (Attach(sketch, forTimes: true) is not { } text || end is < 0 || start is < 0)
        {
            return false;
        }

        if (lengthOnly)
        {
            // "for 3 seconds": from where the text starts (0 unless said), for that long.
            text.Start ??= 0;
            text.End = text.Start + end;
        }
        else
        {
            text.Start = start;
            text.End = end;
        }

        return true;
    }

    private static bool Place(PlanSketch sketch, string word)
    {
        if (Attach(sketch, forTimes: false) is not { } text)
        {
            return false;
        }

        text.Placement = word.ToLowerInvariant() switch
        {
            "top" or "顶部" or "上方" or "顶端" or "最上面" => "top",
            "bottom" or "底部" or "下方" or "底端" or "最下面" => "bottom",
            _ => "center",
        };
        return true;
    }

    // The text named last, else a style mentioned in this clause ("show the title for 5 seconds").
    private static TextSketch? Attach(PlanSketch sketch, bool forTimes)
    {
        if (sketch.LatestText(forTimes) is { } text)
        {
            return text;
        }

        var mention = Mention.Match(sketch.ClauseText);
        return mention.Success ? sketch.AddText(TextSketchKind.Change, Style(mention, forRemoval: true), null) : null;
    }
}
