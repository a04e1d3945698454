namespace JanitorVideo.Studio.Agent;

/// <summary>
/// Reply sentences about texts, style by style: the k-th title before is compared with the k-th
/// title after, so a changed title reads as changed, not as one removed and one added.
/// </summary>
internal static class TextReply
{
    public static IEnumerable<string> Describe(ClipFacts was, ClipFacts now, bool zh)
    {
        var styles = was.Texts.Concat(now.Texts).Select(text => text.Style).Distinct().ToList();
        foreach (var style in styles)
        {
            var before = was.Texts.Where(text => text.Style == style).ToList();
            var after = now.Texts.Where(text => text.Style == style).ToList();
            for (var i = 0; i < Math.Max(before.Count, after.Count); i++)
            {
                var sentence = (i < before.Count ? before[i] : null, i < after.Count ? after[i] : null) switch
                {
                    (null, { } added) => Shows(added, now, zh),
                    ({ } removed, null) => zh
                        ? $"已去掉{ContentWords.Style(style, zh)}{ContentWords.Quote(removed.Text, zh)}。"
                        : $"The {ContentWords.Style(style, zh)} {ContentWords.Quote(removed.Text, zh)} is gone.",
                    ({ } old, { } current) when old != current => Changed(old, current, now, zh),
                    _ => null,
                };
                if (sentence is not null)
                {
                    yield return sentence;
                }
            }
        }
    }

    private static string Shows(TextFacts text, ClipFacts clip, bool zh)
    {
        var style = ContentWords.Style(text.Style, zh);
        return zh
            ? $"{style}{ContentWords.Quote(text.Text, zh)}{When(text, clip, zh)}显示{Place(text, zh)}。"
            : $"{ContentWords.Capitalize(style)} {ContentWords.Quote(text.Text, zh)} shows {When(text, clip, zh)}{Place(text, zh)}.";
    }

    private static string Changed(TextFacts old, TextFacts current, ClipFacts clip, bool zh)
    {
        var style = ContentWords.Style(current.Style, zh);
        var quote = ContentWords.Quote(current.Text, zh);
        if (old.Text != current.Text)
        {
            return zh
                ? $"{style}改为{quote}，{When(current, clip, zh)}显示{Place(current, zh)}。"
                : $"The {style} now reads {quote} and shows {When(current, clip, zh)}{Place(current, zh)}.";
        }

        return zh
            ? $"{style}{quote}现在{When(current, clip, zh)}显示{Place(current, zh)}。"
            : $"The {style} {quote} now shows {When(current, clip, zh)}{Place(current, zh)}.";
    }

    private static string When(TextFacts text, ClipFacts clip, bool zh)
    {
        var (start, end) = (ContentWords.SecondsFromMs(text.StartMs), ContentWords.SecondsFromMs(text.EndMs));
        var toEnd = clip.LengthMs > 0 && text.EndMs >= clip.LengthMs;
        return (text.StartMs == 0, toEnd, zh) switch
        {
            (true, true, true) => "全程",
            (true, true, false) => "for the whole clip",
            (true, false, true) => $"在前 {end} 秒",
            (true, false, false) => $"for the first {end} s",
            (false, true, true) => $"从第 {start} 秒到结尾",
            (false, true, false) => $"from {start} s to the end",
            (false, false, true) => $"在第 {start}–{end} 秒",
            (false, false, false) => $"from {start} s to {end} s",
        };
    }

    private static string Place(TextFacts text, bool zh) =>
        text.Placement is { } placement ? (zh ? "，位于" : " ") + ContentWords.Placement(placement, zh) : string.Empty;
}
