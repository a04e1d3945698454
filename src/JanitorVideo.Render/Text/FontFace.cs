using System.Diagnostics.CodeAnalysis;
using SkiaSharp;

namespace JanitorVideo.Render.Text;

/// <summary>
/// One loaded typeface with a size-less font to ask about its character map (Skia answers glyph
/// questions through fonts). Lookups only read, so a face is shared across threads.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "A face lives as long as its catalog, usually the process; the native font is released by its finalizer.")]
internal sealed class FontFace
{
    private readonly SKFont _probe;

    public FontFace(SKTypeface typeface)
    {
        Typeface = typeface;
        _probe = new SKFont(typeface);
    }

    public SKTypeface Typeface { get; }

    public string FamilyName => Typeface.FamilyName;

    /// <summary>Drawn bold by its design (weight 600 or more), so it needs no synthetic emboldening.</summary>
    public bool IsBold => IsBoldDesign(Typeface);

    /// <summary>Whether the face has a real glyph for <paramref name="codepoint"/>, not the missing-glyph box.</summary>
    public bool Has(int codepoint) => _probe.ContainsGlyph(codepoint);

    public static bool IsBoldDesign(SKTypeface typeface) => typeface.FontWeight >= (int)SKFontStyleWeight.SemiBold;
}
