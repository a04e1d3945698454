using System.Buffers;
using System.Globalization;
using System.Text;
using JanitorVideo.Core.Media;

namespace JanitorVideo.Studio.Media;

/// <summary>
/// The name a file is shown and kept under: a plain base name, never a path. Bytes are stored by
/// their hash, so the name is only a label; still, nothing that could read as a directory, a
/// hidden file or a control sequence survives.
/// </summary>
internal static class MediaFileName
{
    /// <summary>The longest name kept, extension included.</summary>
    public const int MaxLength = 100;

    private const int MaxExtensionLength = 10;

    // Characters that separate, quote or glob on some system; replaced so the rest of the name survives.
    private static readonly SearchValues<char> Awkward = SearchValues.Create("<>:\"/\\|?*");

    /// <summary>
    /// The sanitised base name of <paramref name="name"/>. Without a usable name it is
    /// "upload.&lt;ext&gt;" for <paramref name="format"/> (or "upload" when the format is not known yet);
    /// a name without an extension gets the format's.
    /// </summary>
    public static string Sanitise(string? name, MediaFormat? format)
    {
        var clean = CollapseDots(Clean(LastSegment(name ?? string.Empty))).Trim().Trim('.').Trim();
        var extension = Path.GetExtension(clean);
        if (clean.Length == 0)
        {
            return format is null ? "upload" : "upload." + format.Extension;
        }
        if (extension.Length is 0 or > MaxExtensionLength + 1)
        {
            extension = format is null ? string.Empty : "." + format.Extension;
            clean += extension;
        }
        return Shorten(clean, extension);
    }

    // Both separators count, whatever this machine uses: the name may come from another system.
    private static string LastSegment(string name)
    {
        var cut = name.AsSpan().LastIndexOfAny('/', '\\');
        return cut < 0 ? name : name[(cut + 1)..];
    }

    private static string Clean(string segment)
    {
        var text = new StringBuilder(Math.Min(segment.Length, 4 * MaxLength));
        var lastWasSpace = false;
        foreach (var rune in segment.EnumerateRunes())
        {
            if (text.Length >= 4 * MaxLength)
            {
                break;
            }
            if (IsInvisible(rune))
            {
                continue;
            }
            if (Rune.IsWhiteSpace(rune))
            {
                if (!lastWasSpace)
                {
                    text.Append(' ');
                }
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            if (rune.IsAscii && Awkward.Contains((char)rune.Value))
            {
                text.Append('_');
                continue;
            }
            text.Append(rune.ToString());
        }
        return text.ToString();
    }

    // Control and formatting characters (bidi overrides, zero-width joiners) can make a name read as something else.
    private static bool IsInvisible(Rune rune) =>
        Rune.IsControl(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
        || rune == Rune.ReplacementChar;

    private static string CollapseDots(string text)
    {
        while (text.Contains("..", StringComparison.Ordinal))
        {
            text = text.Replace("..", ".", StringComparison.Ordinal);
        }
        return text;
    }

    private static string Shorten(string name, string extension)
    {
        if (name.Length <= MaxLength)
        {
            return name;
        }
        var stem = name[..(MaxLength - extension.Length)];
        if (char.IsHighSurrogate(stem[^1]))
        {
            stem = stem[..^1];
        }
        return stem.TrimEnd(' ', '.') + extension;
    }
}
