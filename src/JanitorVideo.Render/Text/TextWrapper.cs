using System.Globalization;

namespace JanitorVideo.Render.Text;

/// <summary>
/// Greedy line wrapping on measured widths: pure, so the rules are tested without fonts. Explicit
/// newlines are kept; lines break where <see cref="LineBreakRules"/> allows, and a single element
/// sequence with no break opportunity (a long word) is cut between characters. Beyond
/// <c>maxLines</c> the text is cut and the last line ends with an ellipsis. Only the elements that
/// reach the kept lines are measured, so a 10 000-character text costs no more than a short one.
/// </summary>
internal static class TextWrapper
{
    /// <summary>
    /// Wraps <paramref name="text"/> ("\n" separates paragraphs) into at most <paramref name="maxLines"/>
    /// lines no wider than <paramref name="maxWidth"/>, as measured by <paramref name="measure"/> on text elements.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, Func<string, float> measure, float maxWidth, int maxLines, string ellipsis = "…")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, 1);

        var lines = new List<List<string>>();
        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        foreach (var paragraph in paragraphs)
        {
            var elements = Elements(paragraph);
            var start = SkipSpaces(elements, 0);
            do
            {
                if (lines.Count == maxLines)
                {
                    lines[^1] = WithEllipsis(lines[^1], measure, maxWidth, ellipsis);
                    return Join(lines);
                }

                var end = FitLine(elements, start, measure, maxWidth);
                lines.Add(TrimEnd(elements, start, end));
                start = SkipSpaces(elements, end);
            }
            while (start < elements.Count);
        }

        return Join(lines);
    }

    private static int FitLine(List<string> elements, int start, Func<string, float> measure, float maxWidth)
    {
        var width = 0f;
        var lastBreak = -1;
        for (var i = start; i < elements.Count; i++)
        {
            var element = elements[i];
            if (i > start && LineBreakRules.CanBreakBetween(elements[i - 1], element))
            {
                lastBreak = i;
            }

            var advance = measure(element);
            if (LineBreakRules.IsSpace(element))
            {
                // Spaces may hang past the edge; they are trimmed from the line's end.
                width += advance;
                continue;
            }

            if (i > start && width + advance > maxWidth)
            {
                return lastBreak > start ? lastBreak : i;
            }

            width += advance;
        }

        return elements.Count;
    }

    private static List<string> WithEllipsis(List<string> line, Func<string, float> measure, float maxWidth, string ellipsis)
    {
        var kept = new List<string>(line);
        var widths = kept.Select(measure).ToList();
        var room = maxWidth - measure(ellipsis);
        while (kept.Count > 0 && (widths.Sum() > room || LineBreakRules.IsSpace(kept[^1]) || LineBreakRules.IsOpening(kept[^1])))
        {
            kept.RemoveAt(kept.Count - 1);
            widths.RemoveAt(widths.Count - 1);
        }

        kept.Add(ellipsis);
        return kept;
    }

    private static List<string> Elements(string paragraph)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(paragraph);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }

    private static int SkipSpaces(List<string> elements, int index)
    {
        while (index < elements.Count && LineBreakRules.IsSpace(elements[index]))
        {
            index++;
        }

        return index;
    }

    private static List<string> TrimEnd(List<string> elements, int start, int end)
    {
        while (end > start && LineBreakRules.IsSpace(elements[end - 1]))
        {
            end--;
        }

        return elements.GetRange(start, end - start);
    }

    private static string[] Join(List<List<string>> lines) => lines.Select(line => string.Concat(line)).ToArray();
}
