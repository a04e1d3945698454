using System.Globalization;

namespace JanitorVideo.Core.Skill;

/// <summary>
/// Reads the YAML frontmatter of a skill file: the block between the first two <c>---</c> lines.
/// A deliberately small subset of YAML (block maps by indentation, block and flow lists, plain and
/// quoted scalars, comments) is enough for skill manifests and keeps Core free of packages.
/// Values come back as <see cref="string"/>, <see cref="IReadOnlyList{T}"/> of values, or
/// <see cref="IReadOnlyDictionary{TKey,TValue}"/> of string to value.
/// </summary>
public static class FrontmatterParser
{
    /// <summary>Splits a document into its frontmatter map and its body.</summary>
    /// <exception cref="FormatException">The document has no frontmatter, or it is not the supported YAML.</exception>
    public static (IReadOnlyDictionary<string, object?> Fields, string Body) Parse(string document)
    {
        var lines = document.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            throw new FormatException("The skill file has no YAML frontmatter (it must start with a '---' line).");
        }
        var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (end < 0)
        {
            throw new FormatException("The skill file's frontmatter is not closed by a '---' line.");
        }
        var yaml = lines[1..end]
            .Select((text, i) => new Line(i + 2, StripComment(text)))
            .Where(l => l.Text.Trim().Length > 0)
            .ToList();
        var index = 0;
        var fields = ParseMap(yaml, ref index, Indent(yaml.FirstOrDefault()?.Text ?? ""));
        if (index < yaml.Count)
        {
            throw new FormatException($"Frontmatter line {yaml[index].Number}: unexpected indentation.");
        }
        return (fields, string.Join('\n', lines[(end + 1)..]).TrimStart('\n'));
    }

    private sealed record Line(int Number, string Text);

    private static Dictionary<string, object?> ParseMap(List<Line> lines, ref int index, int indent)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (index < lines.Count && Indent(lines[index].Text) == indent)
        {
            var line = lines[index];
            var text = line.Text.Trim();
            var colon = FindKeyColon(text);
            if (colon <= 0)
            {
                throw new FormatException($"Frontmatter line {line.Number}: expected 'key: value'.");
            }
            var key = Unquote(text[..colon].Trim());
            var rest = text[(colon + 1)..].Trim();
            index++;
            if (rest.Length > 0)
            {
                map[key] = ParseScalarOrFlow(rest, line.Number);
            }
            else if (index < lines.Count && Indent(lines[index].Text) > indent)
            {
                var childIndent = Indent(lines[index].Text);
                map[key] = lines[index].Text.TrimStart().StartsWith('-')
                    ? ParseList(lines, ref index, childIndent)
                    : ParseMap(lines, ref index, childIndent);
            }
            else if (index < lines.Count && Indent(lines[index].Text) == indent && lines[index].Text.TrimStart().StartsWith('-'))
            {
                // YAML allows a list at the same indentation as its key.
                map[key] = ParseList(lines, ref index, indent);
            }
            else
            {
                map[key] = null;
            }
        }
        return map;
    }

    private static List<object?> ParseList(List<Line> lines, ref int index, int indent)
    {
        var list = new List<object?>();
        while (index < lines.Count && Indent(lines[index].Text) == indent && lines[index].Text.TrimStart().StartsWith('-'))
        {
            var line = lines[index];
            var item = line.Text.TrimStart()[1..];
            var itemText = item.TrimStart();
            if (itemText.Length == 0)
            {
                index++;
                list.Add(index < lines.Count && Indent(lines[index].Text) > indent
                    ? ParseMap(lines, ref index, Indent(lines[index].Text))
                    : null);
            }
            else if (FindKeyColon(itemText) > 0)
            {
                // "- key: value" starts a map whose keys sit where "key" sits.
                var itemIndent = indent + 1 + (item.Length - itemText.Length);
                lines[index] = line with { Text = new string(' ', itemIndent) + itemText };
                list.Add(ParseMap(lines, ref index, itemIndent));
            }
            else
            {
                index++;
                list.Add(ParseScalarOrFlow(itemText, line.Number));
            }
        }
        return list;
    }

    private static object? ParseScalarOrFlow(string text, int lineNumber)
    {
        if (text.StartsWith('[') || text.StartsWith('{'))
        {
            var close = text[0] == '[' ? ']' : '}';
            if (!text.EndsWith(close))
            {
                throw new FormatException($"Frontmatter line {lineNumber}: unclosed '{text[0]}' (flow values must fit on one line).");
            }
            var items = SplitFlow(text[1..^1]);
            if (text[0] == '[')
            {
                return items.Select(i => (object?)Unquote(i)).ToList();
            }
            return items.ToDictionary(
                i => Unquote(i[..Math.Max(FindKeyColon(i), 0)].Trim()),
                i => (object?)Unquote(i[(FindKeyColon(i) + 1)..].Trim()),
                StringComparer.Ordinal);
        }
        return text is "~" or "null" ? null : Unquote(text);
    }

    private static List<string> SplitFlow(string inner)
    {
        var parts = new List<string>();
        var quote = '\0';
        var start = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            var c = inner[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == ',')
            {
                parts.Add(inner[start..i].Trim());
                start = i + 1;
            }
        }
        var last = inner[start..].Trim();
        if (last.Length > 0)
        {
            parts.Add(last);
        }
        return parts;
    }

    private static string Unquote(string text)
    {
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            return text[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal)
                .Replace("\\\\", "\\", StringComparison.Ordinal);
        }
        if (text.Length >= 2 && text[0] == '\'' && text[^1] == '\'')
        {
            return text[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }
        return text;
    }

    // The colon that ends a key: outside quotes and followed by a space or the end of the line.
    private static int FindKeyColon(string text)
    {
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'' && i == 0)
            {
                quote = c;
            }
            else if (c == ':' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                return i;
            }
        }
        return -1;
    }

    private static string StripComment(string text)
    {
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || text[i - 1] == ' '))
            {
                return text[..i].TrimEnd();
            }
        }
        return text.TrimEnd();
    }

    private static int Indent(string text) => text.Length - text.TrimStart(' ').Length;

    internal static string? AsString(object? value) => value switch
    {
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => null,
    };
}
