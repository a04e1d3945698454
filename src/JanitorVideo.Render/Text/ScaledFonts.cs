using SkiaSharp;

namespace JanitorVideo.Render.Text;

/// <summary>
/// The catalog's typefaces at one layer's pixel size, set up for crisp output: antialiased edges,
/// subpixel glyph positions, linear (unhinted) advances so widths do not depend on rounding, and
/// synthetic bold only for faces that have no real bold.
/// </summary>
internal sealed class ScaledFonts(FontCatalog catalog, float size, bool bold) : IDisposable
{
    private readonly Dictionary<SKTypeface, SKFont> _fonts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, float> _advances = new(StringComparer.Ordinal);

    public FontCatalog Catalog => catalog;

    public bool Bold => bold;

    public SKFont For(SKTypeface typeface)
    {
        if (!_fonts.TryGetValue(typeface, out var font))
        {
            font = new SKFont(typeface, size)
            {
                Edging = SKFontEdging.Antialias,
                Subpixel = true,
                Hinting = SKFontHinting.Slight,
                LinearMetrics = true,
                Embolden = bold && !FontFace.IsBoldDesign(typeface),
            };
            _fonts.Add(typeface, font);
        }

        return font;
    }

    /// <summary>The advance width of a piece of text as it will be drawn, with per-character fallback.</summary>
    public float Advance(string text)
    {
        if (!_advances.TryGetValue(text, out var width))
        {
            width = 0;
            foreach (var run in TextRun.Split(text, catalog, bold))
            {
                width += For(run.Typeface).MeasureText(run.Text);
            }

            _advances.Add(text, width);
        }

        return width;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        _fonts.Clear();
    }
}
