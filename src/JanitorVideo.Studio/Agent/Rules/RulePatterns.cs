namespace JanitorVideo.Studio.Agent;

/// <summary>Pattern pieces shared by the rule tables.</summary>
internal static class RulePatterns
{
    /// <summary>A quoted text, replaced by <see cref="InstructionText"/> with a numbered placeholder.</summary>
    public const string Quote = "\uE000(?<q>\\d+)\uE001";

    /// <summary>Where <see cref="TargetPhrases"/> found an image ("the second image", "第二张").</summary>
    public const string Target = "\uE002";

    /// <summary>English number words up to sixty, longest first so "fifteen" is not read as "five".</summary>
    public const string EnglishNumbers =
        "(?:twenty|thirty|forty|fifty|sixty)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?" +
        "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten" +
        "|one|two|three|four|five|six|seven|eight|nine";

    /// <summary>Seconds after a number: "s", "sec", "seconds".</summary>
    public const string Seconds = @"(?:s|secs?|seconds?)\b";

    /// <summary>Verbs that take something away, English.</summary>
    public const string Remove =
        @"\b(?:remove|delete|drop|erase|get\s+rid\s+of|take\s+(?:out|off|away)|turn\s+off|switch\s+off|disable|stop|no\s+more|without|ditch|no)\b";

    /// <summary>Verbs that take something away, Chinese.</summary>
    public const string RemoveZh = "(?:去掉|去除|删掉|删除|移除|拿掉|不要|取消|关掉|关闭|不用)";

    /// <summary>
    /// Words between a removing verb and its object: "the", "all the", "the second image's"
    /// (an image phrase marked by <see cref="TargetPhrases"/>).
    /// </summary>
    public const string RemoveFiller = "(?:\\s+(?:the|all|any|of|that|those|these|this|falling|background|colou?r|" + Target + "(?:'s|’s)?))*\\s+";

    /// <summary>The same for Chinese: "去掉最后一张的雨", "删除所有的".</summary>
    public const string RemoveFillerZh = "\\s*(?:" + Target + "\\s*(?:里的|上的|的)?)?\\s*(?:所有的?|全部的?)?\\s*";

    /// <summary>Music nouns, English.</summary>
    public const string MusicNoun = @"(?:music|bgm|soundtrack|score|song|track|tune|beats?)\b";

    /// <summary>Music nouns, Chinese.</summary>
    public const string MusicNounZh = "(?:背景音乐|音乐|配乐|BGM|歌曲|歌)";

    /// <summary>A number named <paramref name="group"/>: digits, English words or Chinese numerals.</summary>
    public static string Number(string group) =>
        $@"(?<{group}>\d+(?:\.\d+)?|\b(?:{EnglishNumbers})\b|[零〇一二两三四五六七八九十百]+)";
}
