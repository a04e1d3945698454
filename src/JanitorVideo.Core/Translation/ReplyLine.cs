using System.Text.RegularExpressions;

namespace JanitorVideo.Core.Translation;

/// <summary>
/// One line of a reply: its Markdown prefix (indent, bullet, number, quote, heading), its
/// sentences and its line ending, so kept lines can be written back exactly as they came.
/// </summary>
internal sealed class ReplyLine
{
    private static readonly Regex MarkdownPrefix = new(
        @"^[ \t]*(?:[-*+•]\s+|\d{1,3}[.)]\s+|>\s*|#{1,6}\s+)?",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250));

    private ReplyLine(string original, string prefix, IReadOnlyList<ReplySentence> sentences, string ending)
    {
        Original = original;
        Prefix = prefix;
        Sentences = sentences;
        Ending = ending;
    }

    /// <summary>The line as written, with its ending.</summary>
    public string Original { get; }

    public string Prefix { get; }

    public IReadOnlyList<ReplySentence> Sentences { get; }

    /// <summary><c>\n</c>, <c>\r\n</c>, or empty for a last line without one.</summary>
    public string Ending { get; }

    public bool Changed => Sentences.Any(s => s.Changed);

    public bool IsBlank => string.IsNullOrWhiteSpace(Original);

    /// <summary>Splits a reply into lines, keeping each line's ending.</summary>
    public static List<ReplyLine> Split(string text)
    {
        var lines = new List<ReplyLine>();
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline + 1;
            lines.Add(Parse(text[start..end]));
            start = end;
        }

        return lines;
    }

    /// <summary>The line after translation, or null when nothing of it is left.</summary>
    public string? Render()
    {
        if (!Changed)
        {
            return Original;
        }

        var body = string.Concat(Sentences
            .Where(s => !s.Removed)
            .Select(s => (s.Replacement ?? s.Text) + s.Trailing)).TrimEnd();
        return body.Length == 0 ? null : Prefix + body + Ending;
    }

    private static ReplyLine Parse(string original)
    {
        var ending = original.EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n"
            : original.EndsWith('\n') ? "\n"
            : "";
        var content = original[..^ending.Length];
        var prefix = MarkdownPrefix.Match(content).Value;
        return new ReplyLine(original, prefix, SplitSentences(content[prefix.Length..]), ending);
    }

    /// <summary>
    /// Splits at . ! ? 。 ！ ？ … but not inside numbers or versions ("1.5s", "v2.0"), domains
    /// or "e.g.": a full stop ends a sentence only before a space, a closing mark, Chinese text
    /// or the end of the line.
    /// </summary>
    private static List<ReplySentence> SplitSentences(string body)
    {
        var sentences = new List<ReplySentence>();
        var start = 0;
        var i = 0;
        while (i < body.Length)
        {
            if (!EndsSentence(body, i))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < body.Length && (IsTerminator(body[end]) || IsCloser(body[end])))
            {
                end++;
            }

            var next = end;
            while (next < body.Length && body[next] is ' ' or '\t')
            {
                next++;
            }

            sentences.Add(new ReplySentence(body[start..end], body[end..next]));
            start = i = next;
        }

        if (start < body.Length)
        {
            var text = body[start..].TrimEnd();
            sentences.Add(new ReplySentence(text, body[(start + text.Length)..]));
        }

        return sentences;
    }

    private static bool EndsSentence(string body, int i)
    {
        var c = body[i];
        if (c != '.')
        {
            return c is '!' or '?' or '。' or '！' or '？' or '…';
        }

        if (i + 1 < body.Length)
        {
            var next = body[i + 1];
            if (!(char.IsWhiteSpace(next) || IsCloser(next) || next == '.' || IsChinese(next)))
            {
                return false;
            }
        }

        var before = body[..(i + 1)];
        return !before.EndsWith("e.g.", StringComparison.OrdinalIgnoreCase)
            && !before.EndsWith("i.e.", StringComparison.OrdinalIgnoreCase);
    }

    internal static bool IsTerminator(char c) => c is '.' or '!' or '?' or '。' or '！' or '？' or '…';

    internal static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or '）' or '」' or '』' or '】' or '*' or '_';

    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';
}
