using System.Globalization;
using System.Text;

namespace JanitorVideo.Render.Text;

/// <summary>
/// Cleans layer text before layout: a bounded length (no layer shows more than a few hundred
/// characters, so a pasted novel is cut up front), newlines as "\n", tabs as spaces, control and
/// invisible format characters and broken surrogates dropped, and composed form (NFC) so accents
/// use the font's precomposed glyphs.
/// </summary>
internal static class TextNormalization
{
    /// <summary>More than any layer can show at the smallest size on the widest frame.</summary>
    public const int MaxChars = 4000;

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cut = text.Length > MaxChars
            ? text[..(char.IsHighSurrogate(text[MaxChars - 1]) ? MaxChars - 1 : MaxChars)]
            : text;

        var cleaned = new StringBuilder(cut.Length);
        var previousWasReturn = false;
        foreach (var rune in cut.EnumerateRunes())
        {
            var isReturn = rune.Value == '\r';
            if (rune.Value == '\n' && previousWasReturn)
            {
                previousWasReturn = false;
                continue;
            }

            previousWasReturn = isReturn;
            AppendClean(cleaned, rune);
        }

        return cleaned.ToString().Normalize(NormalizationForm.FormC);
    }

    private static void AppendClean(StringBuilder cleaned, Rune rune)
    {
        switch (rune.Value)
        {
            case '\r' or '\n' or 0x2028 or 0x2029 or 0x85:
                cleaned.Append('\n');
                return;
            case '\t':
                cleaned.Append(' ');
                return;
            case 0xFFFD:
                // Also what EnumerateRunes yields for a lone surrogate.
                return;
        }

        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse)
        {
            return;
        }

        cleaned.Append(rune.ToString());
    }
}
