using System.Text;

namespace JanitorVideo.Core.Skill;

/// <summary>
/// Reads the top-level text fields of a skill file's YAML frontmatter (the block between the first
/// two <c>---</c> lines): <c>key: value</c> with plain, single- or double-quoted values, or a <c>|</c>
/// or <c>&gt;</c> block. Nested blocks (<c>metadata:</c> and what is indented under it) are for
/// other readers of the file and are skipped. This is all the server reads, and Core takes no packages.
/// </summary>
internal static class FrontmatterParser
{
    /// <summary>The top-level fields that have a text value, by key.</summary>
    /// <exception cref="FormatException">No frontmatter, or a top-level line that is not one of the shapes above.</exception>
    public static IReadOnlyDictionary<string, string> Fields(string document)
    {
        var lines = document.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines[0].Trim() != "---")
        {
            throw new FormatException("The skill file has no YAML frontmatter (it must start with a '---' line).");
        }
        var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (end < 0)
        {
            throw new FormatException("The skill file's frontmatter is not closed by a '---' line.");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < end; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#') || char.IsWhiteSpace(line[0]))
            {
                continue;
            }
            var colon = line.IndexOf(": ", StringComparison.Ordinal) is var at and > 0 ? at : line.EndsWith(':') ? line.Length - 1 : -1;
            if (colon <= 0)
            {
                throw new FormatException($"Frontmatter line {i + 1}: expected 'key: value'.");
            }
            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (value is "|" or "|-" or ">" or ">-")
            {
                var block = new List<string>();
                while (i + 1 < end && (lines[i + 1].Length == 0 || char.IsWhiteSpace(lines[i + 1][0])))
                {
                    block.Add(lines[++i].Trim());
                }
                fields[key] = string.Join(value[0] == '|' ? "\n" : " ", block).Trim();
            }
            else if (value.Length > 0 && !value.StartsWith('#'))
            {
                fields[key] = Scalar(value, i + 1);
                if (i + 1 < end && lines[i + 1].Length > 0 && char.IsWhiteSpace(lines[i + 1][0]) && lines[i + 1].Trim().Length > 0)
                {
                    // A plain value folded onto the next line would be cut short here; say so rather than guess.
                    throw new FormatException($"Frontmatter line {i + 2}: '{key}' continues on an indented line; keep it on one line or use '>'.");
                }
            }
        }
        return fields;
    }

    // One value on one line: quoted (with YAML's escapes) or plain up to a " #" comment.
    private static string Scalar(string value, int lineNumber)
    {
        var quote = value[0];
        if (quote is not ('"' or '\''))
        {
            var comment = value.IndexOf(" #", StringComparison.Ordinal);
            return (comment < 0 ? value : value[..comment]).TrimEnd();
        }
        var text = new StringBuilder();
        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (quote == '\'' && c == '\'' && i + 1 < value.Length && value[i + 1] == '\'')
            {
                text.Append('\'');
                i++;
            }
            else if (c == quote)
            {
                var rest = value[(i + 1)..].Trim();
                return rest.Length == 0 || rest.StartsWith('#')
                    ? text.ToString()
                    : throw new FormatException($"Frontmatter line {lineNumber}: text after the closing quote.");
            }
            else if (quote == '"' && c == '\\' && i + 1 < value.Length)
            {
                text.Append(value[++i] switch { 'n' => '\n', 't' => '\t', var other => other });
            }
            else
            {
                text.Append(c);
            }
        }
        throw new FormatException($"Frontmatter line {lineNumber}: unclosed {(quote == '"' ? "double" : "single")} quote.");
    }
}
