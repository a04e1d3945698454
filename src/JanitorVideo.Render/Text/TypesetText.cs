using SkiaSharp;

namespace JanitorVideo.Render.Text;

/// <summary>
/// Wrapped lines turned into positioned glyphs (one blob, runs per typeface) in frame
/// coordinates, with the union of the glyphs' ink. Lines are centred on a vertical axis; x stays
/// fractional (subpixel positioning) while baselines are whole pixels, so glyph edges are as sharp
/// as the rasteriser makes them.
/// </summary>
internal sealed class TypesetText : IDisposable
{
    private TypesetText(SKTextBlob? blob, SKRect ink)
    {
        Blob = blob;
        Ink = ink;
    }

    /// <summary>The glyphs; null when no line has any.</summary>
    public SKTextBlob? Blob { get; }

    /// <summary>The bounds of all glyph ink; empty when nothing is inked.</summary>
    public SKRect Ink { get; }

    public static TypesetText Create(IReadOnlyList<string> lines, ScaledFonts fonts, TextStyle style, float centreX, float top)
    {
        using var builder = new SKTextBlobBuilder();
        var ink = new InkBounds();
        var anyRun = false;
        for (var index = 0; index < lines.Count; index++)
        {
            var baseline = MathF.Round(top + style.Ascent + (index * style.LinePitch));
            var runs = TextRun.Split(lines[index], fonts.Catalog, fonts.Bold);
            var pen = centreX - (runs.Sum(run => fonts.For(run.Typeface).MeasureText(run.Text)) / 2);
            foreach (var run in runs)
            {
                pen = AddRun(builder, fonts.For(run.Typeface), run.Text, pen, baseline, ink);
                anyRun = true;
            }
        }

        return new TypesetText(anyRun ? builder.Build() : null, ink.Rect);
    }

    private static float AddRun(SKTextBlobBuilder builder, SKFont font, string text, float pen, float baseline, InkBounds ink)
    {
        var glyphs = font.GetGlyphs(text);
        var widths = new float[glyphs.Length];
        var bounds = new SKRect[glyphs.Length];
        font.GetGlyphWidths(glyphs, widths, bounds, null);
        var positions = new float[glyphs.Length];
        for (var i = 0; i < glyphs.Length; i++)
        {
            positions[i] = pen;
            ink.Add(bounds[i], pen, baseline);
            pen += widths[i];
        }

        builder.AddHorizontalRun(glyphs, font, positions, baseline);
        return pen;
    }

    public void Dispose() => Blob?.Dispose();

    private sealed class InkBounds
    {
        public SKRect Rect { get; private set; } = SKRect.Empty;

        public void Add(SKRect glyph, float x, float y)
        {
            if (glyph.IsEmpty)
            {
                return;
            }

            glyph.Offset(x, y);
            Rect = Rect.IsEmpty
                ? glyph
                : new SKRect(Math.Min(Rect.Left, glyph.Left), Math.Min(Rect.Top, glyph.Top), Math.Max(Rect.Right, glyph.Right), Math.Max(Rect.Bottom, glyph.Bottom));
        }
    }
}
