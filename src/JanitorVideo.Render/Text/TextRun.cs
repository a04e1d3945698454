using System.Text;
using SkiaSharp;

namespace JanitorVideo.Render.Text;

/// <summary>A stretch of one line drawn with one typeface.</summary>
internal sealed record TextRun(SKTypeface Typeface, string Text)
{
    /// <summary>
    /// Splits <paramref name="line"/> into runs by the typeface that has each character. Characters
    /// no font has are dropped (no missing-glyph boxes). Spaces take the first font's, so word
    /// spacing after CJK matches that of Latin text.
    /// </summary>
    public static IReadOnlyList<TextRun> Split(string line, FontCatalog fonts, bool bold)
    {
        var runs = new List<TextRun>();
        FontFace? current = null;
        var text = new StringBuilder();
        foreach (var rune in line.EnumerateRunes())
        {
            if (!fonts.HasGlyph(rune.Value))
            {
                continue;
            }

            var face = fonts.FaceFor(rune.Value, bold);
            if (!ReferenceEquals(face, current))
            {
                Flush(runs, current, text);
                current = face;
            }

            text.Append(rune.ToString());
        }

        Flush(runs, current, text);
        return runs;
    }

    private static void Flush(List<TextRun> runs, FontFace? face, StringBuilder text)
    {
        if (face is not null && text.Length > 0)
        {
            runs.Add(new TextRun(face.Typeface, text.ToString()));
        }

        text.Clear();
    }
}
