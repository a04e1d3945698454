namespace JanitorVideo.Core.Routing;

/// <summary>
/// The routing table: which words become which <see cref="SkillAction"/>. Interpreted by
/// <see cref="IntentRouter"/>; the earliest-mentioned command among the rows that apply wins, and
/// words no row claims go to the backend's agent as a message. Patterns are case-insensitive
/// regular expressions over normalized words (NFKC, straight quotes, quoted text removed, a space
/// between Chinese and Latin runs). Chinese has no word breaks, so Chinese keywords are plain
/// substrings. Adding a keyword is one line: a trigger, or a word in one of the vocabularies.
/// </summary>
public static class RoutingTable
{
    // Things inside the video. A command verb whose object is one of these is an edit of the
    // content ("export the title in red"), which only the backend's agent can carry out.
    private const string TextElements = "title|heading|text|caption|subtitle|lyric|label|watermark|logo|sticker|font|colou?r";
    private const string AudioElements = "music|song|bgm|soundtrack|audio|sound|voice-?over|narration";
    private const string VisualElements = "effect|filter|transition|background|overlay|intro|outro";
    private const string Elements = TextElements + "|" + AudioElements + "|" + VisualElements;
    private const string TextElementsZh = "标题|字幕|文字|文本|字体|颜色|水印|贴纸";
    private const string AudioElementsZh = "背景音乐|音乐|配乐|歌|音效";
    private const string VisualElementsZh = "特效|滤镜|转场|背景";
    private const string ElementsZh = TextElementsZh + "|" + AudioElementsZh + "|" + VisualElementsZh;

    // Media files: "upload the background image" is about the image, not about the background.
    private const string FileNouns = "image|picture|photo|pic|file|video|clip|mp4|mov|png|jpe?g|gif|webp";
    private const string FileNounsZh = "文件|图片|照片|视频";

    private const string CommandVerbs = "export|download|render|save|send|upload|show|display";
    private const string CommandVerbsZh = "导出|下载|渲染|上传|显示|发";
    private const string Determiners = "the|a|an|my|this|that|these|those|its|our|some|me";
    private const string Prepositions = "with|without|and|in|at|to|for|as|from|on|into|onto|of|by|then";

    // The words open with an edit ("add a status bar text", "make the balance warmer"): the edit
    // has to reach the agent first, even when a command word follows.
    private const string EditLead =
        @"^(?:(?:please|pls|can\s+you|could\s+you|would\s+you|now|ok(?:ay)?|and|also|then)\W+)*" +
        @"(?:add|insert|put|write|type|place|change|make|set|remove|delete|move|replace|apply|animate|generate|create|adjust|edit|include|turn|convert)\b";
    private const string EditLeadZh =
        "^(?:请|麻烦|帮我|给我|你|能不能|可以|再)*(?:添加|加上|加个|加一个|加|插入|放上|写上|改成|改为|修改|删除|删掉|去掉|替换|生成|制作|做一个)";

    // Fetching something from elsewhere is work for the agent, not a download of our video.
    private const string WebSource =
        @"\bfrom\s+(?:the\s+)?(?:web|internet|net|url|link|youtube|site|website|google|online)\b|https?://|\bwww\.|\bonline\b";
    private const string WebSourceZh = "(?:从|在)\\s*(?:网上|网络|网站|链接|网址|网页)|网上的";

    // The command word is mentioned, not used: "add the word upload as a caption".
    private const string Mention =
        @"\bthe\s+words?\b|\bas\s+(?:a\s+|an\s+|the\s+)?(?:caption|title|subtitle|text|label|heading)\b|\b(?:saying|says|that\s+reads)\b";
    private const string MentionZh = "写着|显示为|内容(?:为|是)|文字(?:为|是)|字幕(?:为|是)";

    // End credits are content of the video, not the account's credits.
    private const string EndCredits =
        @"\b(?:end|ending|closing|opening|final|film|movie|rolling|scrolling)\s+credits?\b" +
        @"|\bcredits?\s+(?:roll|rolls|rolling|scroll|scrolls|sequence|screen|scene|section|card|text)\b" +
        @"|\b(?:roll|scroll)\b|\bat\s+the\s+(?:end|start|beginning)\b|\b(?:should|must|will|to)\s+(?:say|read|list|show)\b";
    private const string EndCreditsZh = "片尾|片头|演职员|鸣谢|致谢";

    // "Balance" of colours or of a mix is a look or a sound, not money.
    private const string ColourOrAudio =
        @"\b(?:colou?rs?|white|tones?|hues?|warm(?:er|th)?|cool(?:er)?|saturation|tint|audio|sound|volume|music|voices?|mix|stereo|channels?|levels?|brightness|contrast|exposure|composition|layout)\b|色|音|画面|构图";
    private const string BalanceAsVerb = @"\bbalance\s+(?:the|it|out|them|this|that|these|those)\b";

    // Words that put credits or a balance in the account, whatever else the sentence says.
    private const string AccountContext =
        @"\bhow\s+(?:many|much)\b|\b(?:my|our)\s+(?:credits?|balance|account)\b" +
        @"|\b(?:credits?|balance)\s+(?:left|remaining|available|do\s+i\s+have)\b" +
        @"|\b(?:account|credit|credits|remaining|current|available)\s+balance\b" +
        @"|\b(?:buy|purchase|top\s*up|get\s+more)\s+(?:\w+\s+)?credits?\b|\bbalance\s+(?:on|in)\s+(?:my\s+)?account\b";
    private const string AccountContextZh = "还(?:有|剩)|剩(?:下|余)|多少|查(?:一下|询|看)?|账户|账号";

    // A status bar or a state label is something drawn in the video.
    private const string StatusElement =
        @"\b(?:status|state)\s+(?:bar|text|line|label|icon|badge|indicator|message|update)s?\b|状态栏";

    // "Render it in anime style" asks for a look, which is generation.
    private const string Style = @"\b(?:style|styled|look|aesthetic|anime|cartoon|realistic|pixel|watercolou?r)\b|风格|画风";

    // Nothing but punctuation, symbols or emoji until the end of the words.
    private const string End = @"(?=[\s\p{P}\p{S}\p{Cs}\p{Mn}\p{Cf}]*$)";

    private static readonly string ElementObject = ObjectIs(CommandVerbs, Elements);
    private static readonly string ElementObjectZh = ObjectIsZh(CommandVerbsZh, ElementsZh);

    private static readonly string[] ExportVetoes =
        [EditLead, EditLeadZh, ElementObject, ElementObjectZh, WebSource, WebSourceZh];

    private static readonly string[] ShowVetoes = [EditLead, EditLeadZh, ElementObject, ElementObjectZh];

    /// <summary>
    /// Patterns for literal text, removed before routing: quoted words and what follows
    /// "caption:" are the user's content, so a command word inside them is not a command.
    /// </summary>
    public static IReadOnlyList<string> LiteralText { get; } =
    [
        @"(?<![\p{L}\p{N}])'[^'\n]*'(?![\p{L}\p{N}])",
        "\"[^\"\\n]*\"",
        "「[^」]*」|『[^』]*』|《[^》]*》",
        @"(?:\b(?:caption|subtitle|title|text|label|heading|says?|reads?|saying)|字幕|标题|文字|文本|写着|内容)\s*:.*$",
    ];

    /// <summary>The rows, one per way of asking for a command.</summary>
    public static IReadOnlyList<RoutingRule> Rules { get; } =
    [
        new()
        {
            Action = SkillAction.Upload,
            Name = "upload-verb",
            Triggers =
            [
                @"\bupload(?:s|ed|ing)?\b",
                "上传",
            ],
            // Uploading a song or a subtitle file is still an upload; only text drawn on screen
            // ("upload speed text at the bottom") makes it content.
            Vetoes = [EditLead, EditLeadZh, ObjectIs("upload", TextElements), ObjectIsZh("上传", TextElementsZh), Mention, MentionZh],
        },
        new()
        {
            Action = SkillAction.Export,
            Name = "export-verb",
            Triggers =
            [
                @"\bexport(?:s|ed|ing)?\b",
                @"\bdownload(?:s|ed|ing)?\b",
                "导出",
                "下载",
                @"输出\s*(?:视频|成片|mp4)",
            ],
            Vetoes = ExportVetoes,
        },
        new()
        {
            Action = SkillAction.Export,
            Name = "render-verb",
            Triggers =
            [
                // Only rendering the whole piece: "render the character" is generation, and
                // "the render looks blurry" is feedback on the look.
                @"\brender\s+(?:it|this|that|everything|now|out|please|(?:the|my|our)\s+(?:video|clip|project|final\s+\w+))\b",
                @"^(?:please\s+)?render\b" + End,
                @"渲染\s*(?:导出|输出|成片|视频|一下|吧|mp4)",
                "渲染" + End,
            ],
            Vetoes = [.. ExportVetoes, Style],
        },
        new()
        {
            Action = SkillAction.Export,
            Name = "send-me-the-video",
            Triggers =
            [
                @"\b(?:send|give|get|share|hand)\s+(?:it\s+to\s+)?me\s+(?:the\s+|my\s+|that\s+|this\s+|an?\s+)?(?:final\s+|finished\s+|rendered\s+|exported\s+|completed\s+)?(?:video|mp4|clip|file|result|cut|movie|output|link)\b",
                @"\bsend\s+(?:it|that)\s+(?:to\s+me|over)\b",
                @"(?:发|给|传)给?我[^,。!?]{0,4}(?:成片|视频|mp4|文件|结果)",
                @"(?:视频|成片|mp4|文件)\s*(?:发|传)给?我",
            ],
            Vetoes = ExportVetoes,
        },
        new()
        {
            Action = SkillAction.Export,
            Name = "save-as-file",
            Triggers =
            [
                @"\bsave\b[^.,;!?]{0,30}?\b(?:mp4|mov|webm|video|clip|file)\b",
                @"(?:保存|存)(?:为|成)?\s*(?:mp4|视频|文件|成片)",
            ],
            Vetoes = ExportVetoes,
        },
        new()
        {
            Action = SkillAction.Credits,
            Name = "credits-word",
            Triggers =
            [
                @"\bcredits?\b",
                "积分",
                "点数",
            ],
            Vetoes = [EndCredits, EndCreditsZh, EditLead, EditLeadZh, Mention],
            Confirmations = [AccountContext, AccountContextZh],
        },
        new()
        {
            Action = SkillAction.Credits,
            Name = "balance-word",
            Triggers =
            [
                @"\bbalance\b",
                "余额",
            ],
            Vetoes = [ColourOrAudio, BalanceAsVerb, EditLead, EditLeadZh],
            Confirmations = [AccountContext, AccountContextZh],
        },
        new()
        {
            Action = SkillAction.State,
            Name = "status-word",
            Triggers =
            [
                @"\bstatus\b",
                @"\b(?:current|project|present|overall)\s+state\b",
                @"\bstate\s+of\s+(?:the\s+|my\s+|this\s+|our\s+)?(?:project|timeline|video|draft|edit|session)\b",
                "状态",
            ],
            Vetoes = [EditLead, EditLeadZh, StatusElement, Mention, MentionZh],
        },
        new()
        {
            Action = SkillAction.State,
            Name = "show-timeline",
            Triggers =
            [
                @"\b(?:show|see|view|display|list|check|print|give)\b(?:\s+me)?\s+(?:(?:the|my|all|current|our|of)\s+)*(?:timeline|tracks?|project|draft|layers?)\b",
                @"\bwhat(?:'s|s|\s+is|\s+are)\s+(?:on|in)\s+(?:the\s+|my\s+)?(?:timeline|tracks?|project|draft)\b",
                "(?:看|显示|查看|展示|列出)[^,。!?]{0,6}(?:时间线|时间轴|轨道|项目)",
                "(?:时间线|时间轴|轨道)上?都?有(?:什么|啥)",
            ],
            Vetoes = ShowVetoes,
        },
        new()
        {
            Action = SkillAction.State,
            Name = "bare-timeline",
            Triggers =
            [
                @"^(?:the\s+|my\s+)?(?:timeline|tracks|project)" + End,
                "^(?:时间线|时间轴|轨道)" + End,
            ],
        },
    ];

    private static string ObjectIs(string verbs, string nouns) =>
        $@"\b(?:{verbs})\w*\s+(?:(?:{Determiners})\s+)?(?:(?!(?:{Prepositions})\b)[\w'-]+\s+)?(?:{nouns})s?\b(?!\s+(?:{FileNouns})\b)";

    private static string ObjectIsZh(string verbs, string nouns) =>
        $@"(?:(?:{verbs})(?:一下|这个|那个|这段|这首|一个|下)?|把(?:这个|那个|这段|这首)?)\s*(?:{nouns})(?!\s*(?:{FileNounsZh}))";
}
