namespace JanitorVideo.Core.Translation;

/// <summary>
/// The GUI translation table: the backend's agent writes as if the user had its web editor open,
/// and each row turns one kind of GUI instruction into a <see cref="FollowUp"/>. Interpreted by
/// <see cref="GuiTranslator"/>; where rows overlap, the earlier row claims the words, so the
/// specific rows (a click on Export) come before the general ones (any click). Patterns are
/// case-insensitive regular expressions matched within one sentence; Chinese phrases are plain
/// substrings because Chinese has no word breaks.
/// </summary>
public static class GuiPhraseTable
{
    private const string ClickVerb =
        @"(?<!\b(?:a|the|one|single|double|each|every|few)\s+)\b(?:click|tap|press|hit|select|double-click)(?:\s+on)?\s+(?:the\s+)?";
    private const string ClickVerbZh = "(?:点击|单击|点按|按下|点一下)(?:一下)?";
    private const string OpenQuote = "[*\"“'‘「『【`]*";
    private const string CloseQuote = "[*\"”'’」』】`]*";

    private const string Quoted =
        "(?:\\*\\*(?<label>[^*]{1,40})\\*\\*|`(?<label>[^`]{1,40})`|\"(?<label>[^\"]{1,40})\"|“(?<label>[^”]{1,40})”" +
        "|'(?<label>[^']{1,40})'|‘(?<label>[^’]{1,40})’|「(?<label>[^」]{1,40})」|『(?<label>[^』]{1,40})』|【(?<label>[^】]{1,40})】)";
    private const string QuotedZh = "[「“\"'【『](?<label>[^」”\"'】』]{1,20})[」”\"'】』]";

    // A label in the agent's words: quoted, named by its widget ("the Add Music button"), or
    // written in capitals ("click Export"). Lowercase words alone are prose ("a click sound").
    private const string Label =
        "(?:" + Quoted + @"(?:\s+(?:button|icon|tab|link|option|menu|toggle))?" +
        @"|(?<label>[\w&+-]+(?:\s+[\w&+-]+){0,3}?)\s+(?:button|icon|link|option|toggle)\b" +
        @"|(?<label>(?-i:[A-Z])[\w&+-]*(?:\s+(?-i:[A-Z])[\w&+-]*){0,3}))";
    private const string LabelZh =
        "(?:[^,，。!！?？\\s「“\"'【『]{0,8}?的)?(?:" + QuotedZh +
        "|(?<label>[^,，。!！?？\\s]{1,10}?)(?:按钮|图标|选项|菜单|链接)" +
        "|(?<label>[^,，。!！?？\\s]{1,8}?)(?=即可|就可以|就行|以|来|[,，。!！?？]|$))";

    private const string Panel = @"(?:panel|tab|page|menu|sidebar|window|section|library|settings|editor)\b";
    private const string PanelZh = "(?:面板|标签页|标签|页面|菜单|窗口|侧边栏|选项卡|设置)";

    // Where a drag clause ends: before a condition or a purpose, at clause punctuation, or at a full stop
    // that is not a decimal point ("to 1.5s").
    private const string ClauseEnd = @"(?=\s+(?:if|when|whenever|once|so)\b|[,;:!?。，；！？]|\.(?!\d)|$)";

    /// <summary>The rows, most specific first.</summary>
    public static IReadOnlyList<GuiPhrase> Rows { get; } =
    [
        new("export-click", FollowUpKind.Export, ClickVerb + OpenQuote + @"(?<label>export(?:\s+video)?|download|render)\b" + CloseQuote, "${label}"),
        new("export-click-zh", FollowUpKind.Export, ClickVerbZh + "[^,，。!！?？；]{0,8}?[「“\"'【『]?(?<label>导出|下载)", "${label}"),
        new("export-button", FollowUpKind.Export, OpenQuote + @"\b(?<label>export|download)\b" + CloseQuote + @"\s+(?:button|icon|option)\b", "${label}"),
        new("export-button-zh", FollowUpKind.Export, "(?<label>导出|下载)[」”\"'】』]?(?:按钮|图标)", "${label}"),
        new("preview-timeline", FollowUpKind.ShowTimeline, @"\bpreview\b(?:\s+(?:it|this|that|them|(?:the|your)\s+[\w-]+(?:\s+[\w-]+)?))?\s+(?:in|on)\s+the\s+timeline\b", "$0"),
        new("see-in-timeline", FollowUpKind.ShowTimeline, @"\b(?:see|view|check|look\s+at|watch|review)\b[^,;.!?]{0,40}?\b(?:in|on)\s+the\s+timeline\b", "$0"),
        new("preview-timeline-zh", FollowUpKind.ShowTimeline, "在?时间线(?:上|中|里)?(?:预览|查看)|预览时间线", "$0"),
        new("check-account", FollowUpKind.ShowCredits, @"\b(?:check|visit|open|go\s+to|head\s+to|see|view|manage|upgrade)\s+(?:your\s+|the\s+|my\s+)?(?<label>account|billing|subscription|your\s+plan|credits?(?:\s+balance)?)(?:\s+(?:page|settings|panel|tab|section|details|balance))?\b", "${label}"),
        new("top-up", FollowUpKind.ShowCredits, @"\b(?<label>top\s+up|recharge)\b", "${label}"),
        new("check-account-zh", FollowUpKind.ShowCredits, "(?:查看|检查|打开|进入|前往|去|到)(?:一下)?(?:你的|您的)?(?<label>账户|账号|订阅|账单|余额)(?:页面|页|中心|设置)?", "${label}"),
        new("top-up-zh", FollowUpKind.ShowCredits, "(?<label>充值)", "${label}"),
        new("open-panel", FollowUpKind.ShowState, @"\b(?:open|go\s+to|navigate\s+to|head\s+(?:over\s+)?to|switch\s+to)\s+(?:up\s+)?(?:the\s+|your\s+)?(?:" + Quoted + @"|(?<label>[\w&+-]+(?:\s+[\w&+-]+){0,2}?))\s+" + Panel, "${label}"),
        new("open-panel-zh", FollowUpKind.ShowState, "(?:打开|进入|切换到|前往|转到|点开)[「“\"'【『]?(?<label>[^,，。!！?？\\s」”\"'】』]{1,12}?)[」”\"'】』]?" + PanelZh, "${label}"),
        new("click", FollowUpKind.PerformAction, ClickVerb + Label, "${label}"),
        new("click-zh", FollowUpKind.PerformAction, ClickVerbZh + "\\s*" + LabelZh, "${label}"),
        new("drag", FollowUpKind.SendEdit, @"(?<!\b(?:a|an|the)\s+)\b(?:drag(?:\s+and\s+drop|\s*&\s*drop)?|drop)\s+(?!(?:at|in|on|to|into|onto|from|off|out|down|by|of|below|under|after|before|and|shadow)\b)(?<rest>[^,;:!?。，；！？]+?)" + ClauseEnd, "move ${rest}"),
        new("drag-to-zh", FollowUpKind.SendEdit, "(?<ba>(?:把|将)[^,，。!！?？；;]{1,20}?)?(?:拖拽|拖动|拖放|拖)(?:到|至)(?<rest>[^,，。!！?？；;]+)", "${ba}移到${rest}"),
        new("drag-zh", FollowUpKind.SendEdit, "(?:拖拽|拖动|拖放)(?<rest>[^,，。!！?？；;]+)", "移动${rest}"),
    ];

    /// <summary>
    /// Where a clause starts: content before the last of these, ahead of a GUI instruction, is
    /// kept ("I added the title — click Export" keeps "I added the title").
    /// </summary>
    public static string ClauseSeparator { get; } =
        @"\s+[—–-]{1,2}\s+|[—–]{1,2}|[,;:，；：、]|\s+(?:and|then|so|but|or)\s+|然后|接着";

    /// <summary>
    /// Openings that make the clause before a GUI instruction part of it ("When you're ready,
    /// click Export"; "To add music, open the Music panel"), so the whole sentence goes.
    /// </summary>
    public static string LeadIn { get; } =
        @"^[\W_]*(?:(?:to|if|when|whenever|once|after|before|then|next|now|just|simply|finally|first|please|afterwards|there)\b" +
        @"|you(?:'ll|'d|\s+(?:can|could|may|might|will|would|should))\b|feel\s+free\b|from\s+there\b" +
        "|要|如果|若|然后|接下来|请|您可以|你可以|之后|完成后|准备好|满意)";

    /// <summary>Connectives left dangling at the end of kept content once the GUI tail is cut.</summary>
    public static string TrailingConnector { get; } =
        @"(?:[\s,;:，；：、—–-]+|\s(?:and|then|so|now|just|simply|please|you\s+can|you\s+could|you\s+may)|然后|接着|请|您可以|你可以)$";

    /// <summary>
    /// The agent's boilerplate "I encountered a temporary issue", which it appends after normal
    /// replies; the reference says to ignore it there.
    /// </summary>
    public static string TemporaryIssue { get; } =
        @"^[\W_]*(?:(?:sorry|however|but|unfortunately|oops|also|note)\b[\W_]*)*(?:it\s+(?:seems|looks\s+like)\s+)?" +
        @"(?:(?:i|we)(?:'ve|'m|\s+have|\s+am|\s+just)?\s+(?:encountered|encounter|ran\s+into|run\s+into|hit|had|experienced|experiencing|faced)\s+|there\s+(?:was|is|has\s+been)\s+)" +
        @"(?:a|an|some)?\s*(?:temporary|transient)\s+(?:issue|problem|error|glitch|hiccup)" +
        "|^[\\W_]*(?:抱歉|对不起|不好意思|不过|但是)?[，,\\s]*(?:我|系统|这边)*(?:遇到了?|出现了?|碰到了?)(?:一个|一些|了)?(?:临时|暂时)性?的?(?:问题|错误|故障|异常)";

    /// <summary>A "please try again" that belongs to the temporary-issue sentence before it.</summary>
    public static string RetryAdvice { get; } = @"^[\W_]*(?:please\s+)?(?:try\s+again|retry)\b|^(?:请)?稍后(?:再)?(?:重)?试";
}
