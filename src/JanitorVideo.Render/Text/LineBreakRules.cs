using System.Buffers;
using System.Text;

namespace JanitorVideo.Render.Text;

/// <summary>
/// Where a line may break, on text elements (user-perceived characters): after spaces, and
/// between any two characters when either is Chinese, Japanese or Korean, except before closing
/// punctuation (。，！？」 …) and after opening punctuation (「（《 …), the common line-start and
/// line-end rules of CJK typesetting. Latin words are never split here; an over-long word is cut
/// by <see cref="TextWrapper"/> only when nothing else fits.
/// </summary>
internal static class LineBreakRules
{
    private const string NoBreakBefore =
        "!),.:;?]}%¢°·’”…‥‼⁇⁈⁉、。〃〉》」』】〕〗〙〛〞・ー々〻ゝゞヽヾ゛゜ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ！％），．：；？］｝～｡｣､･ｰ";

    private const string NoBreakAfter = "([{¡¿‘“〈《「『【〔〖〘〚〝（［｛｢";

    /// <summary>Whether a line may end between <paramref name="previous"/> and <paramref name="current"/>.</summary>
    public static bool CanBreakBetween(string previous, string current)
    {
        if (IsSpace(current))
        {
            return false;
        }

        if (IsSpace(previous))
        {
            return true;
        }

        if (IsClosing(current) || IsOpening(previous))
        {
            return false;
        }

        return IsCjk(FirstRune(previous)) || IsCjk(FirstRune(current));
    }

    /// <summary>A space a line may break at and drop at its end.</summary>
    public static bool IsSpace(string element) => element is " " or "\u3000";

    /// <summary>Punctuation that must not start a line.</summary>
    public static bool IsClosing(string element) => element.Length == 1 && NoBreakBefore.Contains(element[0], StringComparison.Ordinal);

    /// <summary>Punctuation that must not end a line.</summary>
    public static bool IsOpening(string element) => element.Length == 1 && NoBreakAfter.Contains(element[0], StringComparison.Ordinal);

    /// <summary>Han, kana, Hangul, bopomofo, CJK punctuation and full-width forms.</summary>
    public static bool IsCjk(int codepoint) => codepoint switch
    {
        >= 0x1100 and <= 0x11FF => true,
        >= 0x2E80 and <= 0x2FFF => true,
        >= 0x3000 and <= 0x33FF => true,
        >= 0x3400 and <= 0x4DBF => true,
        >= 0x4E00 and <= 0x9FFF => true,
        >= 0xA960 and <= 0xA97F => true,
        >= 0xAC00 and <= 0xD7AF => true,
        >= 0xF900 and <= 0xFAFF => true,
        >= 0xFE30 and <= 0xFE4F => true,
        >= 0xFF00 and <= 0xFFEF => true,
        >= 0x20000 and <= 0x3FFFF => true,
        _ => false,
    };

    private static int FirstRune(string element) =>
        Rune.DecodeFromUtf16(element, out var rune, out _) == OperationStatus.Done ? rune.Value : 0;
}
