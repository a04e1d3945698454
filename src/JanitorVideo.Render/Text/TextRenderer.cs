using System.Globalization;
using System.Text;
using SkiaSharp;

namespace JanitorVideo.Render.Text;

/// <summary>
/// Renders a text layer to a sprite, once: styled by role and frame size, wrapped to the safe
/// area's width, placed inside the safe area, white (or the layer's colour) with a dark outline and
/// a soft shadow so it reads on any picture.
/// </summary>
public static class TextRenderer
{
    private const int PreviewChars = 40;

    /// <summary>
    /// The sprite of <paramref name="spec"/> for frames of <paramref name="frame"/> pixels. Throws
    /// <see cref="RenderInputException"/> for empty text, impossible timing, or text no font can draw.
    /// </summary>
    public static TextSprite Render(TextLayerSpec spec, SKSizeI frame, FontCatalog fonts)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(fonts);
        var safe = SafeArea.For(frame);
        var noun = Noun(spec.Role);
        Validate(spec, noun);

        var text = DrawableText(TextNormalization.Normalize(spec.Text), fonts);
        if (text.Length == 0)
        {
            throw new RenderInputException(
                $"None of the characters in the {noun} \"{Preview(spec.Text)}\" can be drawn with the installed fonts. " +
                $"Use letters or Chinese, Japanese or Korean characters (emoji are not drawn). {SystemFonts.InstallAdvice}");
        }

        var style = TextStyle.For(spec.Role, frame);
        using var scaled = new ScaledFonts(fonts, style.FontSize, style.Bold);
        var padding = style.EffectPadding;
        var ellipsis = fonts.HasGlyph('…') ? "…" : "...";
        var lines = TextWrapper.Wrap(text, scaled.Advance, safe.Width - (2 * padding), style.MaxLines, ellipsis);

        var top = BlockTop(spec.Placement, style.BlockHeight(lines.Count), safe, padding, frame);
        using var typeset = TypesetText.Create(lines, scaled, style, (safe.Left + safe.Right) / 2f, top);
        var ink = typeset.Ink.IsEmpty
            ? new SKRect(safe.MidX, top, safe.MidX + 1, top + style.BlockHeight(lines.Count))
            : typeset.Ink;

        var drawn = SpriteRect(ink, style);
        var placed = KeepInside(drawn, safe);
        var image = Paint(typeset.Blob, drawn, style, spec.Color ?? SKColors.White);
        return new TextSprite(image, placed.Location, Math.Min(frame.Width, frame.Height), lines);
    }

    private static void Validate(TextLayerSpec spec, string noun)
    {
        if (string.IsNullOrWhiteSpace(spec.Text))
        {
            throw new RenderInputException($"The {noun} is empty: give it some words, or remove the {noun}.");
        }

        if (!double.IsFinite(spec.StartSeconds) || !double.IsFinite(spec.EndSeconds) || spec.StartSeconds < 0 || spec.EndSeconds <= spec.StartSeconds)
        {
            throw new RenderInputException(string.Create(
                CultureInfo.InvariantCulture,
                $"The {noun} \"{Preview(spec.Text)}\" is timed from {spec.StartSeconds} s to {spec.EndSeconds} s: it must start at 0 s or later and end after it starts."));
        }

        if (!Enum.IsDefined(spec.Placement) || !Enum.IsDefined(spec.In) || !Enum.IsDefined(spec.Out))
        {
            throw new ArgumentOutOfRangeException(nameof(spec), spec, "Unknown placement or motion.");
        }
    }

    // Characters no font has would vanish from the middle of a line anyway; removing them before
    // wrapping keeps the break rules and the emptiness check honest.
    private static string DrawableText(string text, FontCatalog fonts)
    {
        var kept = new StringBuilder(text.Length);
        var dropped = false;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (element != "\n" && !element.EnumerateRunes().Any(rune => fonts.HasGlyph(rune.Value)))
            {
                dropped = true;
                continue;
            }

            // "Party 🎉 time" loses the emoji, not the rhythm: no double space where it was.
            var doubledSpace = dropped && element == " " && kept.Length > 0 && kept[^1] == ' ';
            if (!doubledSpace)
            {
                kept.Append(element);
            }

            dropped = false;
        }

        return kept.ToString().Trim(' ', '\n', '\u3000');
    }

    private static float BlockTop(TextPlacement placement, float blockHeight, SKRectI safe, float padding, SKSizeI frame)
    {
        var highest = safe.Top + padding;
        var lowest = Math.Max(highest, safe.Bottom - padding - blockHeight);
        return placement switch
        {
            TextPlacement.Top => highest,
            TextPlacement.Center => Math.Clamp((frame.Height - blockHeight) / 2, highest, lowest),
            _ => lowest,
        };
    }

    private static SKRectI SpriteRect(SKRect ink, TextStyle style)
    {
        var outlined = SKRect.Inflate(ink, style.OutlineWidth + 1, style.OutlineWidth + 1);
        var shadow = SKRect.Inflate(ink, style.OutlineWidth + (3 * style.ShadowBlur) + 1, style.OutlineWidth + (3 * style.ShadowBlur) + 1);
        shadow.Offset(0, style.ShadowOffsetY);
        return new SKRectI(
            (int)MathF.Floor(Math.Min(outlined.Left, shadow.Left)),
            (int)MathF.Floor(Math.Min(outlined.Top, shadow.Top)),
            (int)MathF.Ceiling(Math.Max(outlined.Right, shadow.Right)),
            (int)MathF.Ceiling(Math.Max(outlined.Bottom, shadow.Bottom)));
    }

    // Whole-pixel shifts only, so the glyphs keep the subpixel positions they were drawn at.
    private static SKRectI KeepInside(SKRectI rect, SKRectI safe)
    {
        var dx = rect.Right > safe.Right ? safe.Right - rect.Right : 0;
        dx = rect.Left + dx < safe.Left ? safe.Left - rect.Left : dx;
        var dy = rect.Bottom > safe.Bottom ? safe.Bottom - rect.Bottom : 0;
        dy = rect.Top + dy < safe.Top ? safe.Top - rect.Top : dy;
        return SKRectI.Create(rect.Left + dx, rect.Top + dy, rect.Width, rect.Height);
    }

    private static SKImage Paint(SKTextBlob? blob, SKRectI rect, TextStyle style, SKColor fill)
    {
        var info = new SKImageInfo(Math.Max(1, rect.Width), Math.Max(1, rect.Height), SKColorType.Bgra8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info)
            ?? throw new RenderInputException($"A {info.Width}x{info.Height} text image could not be allocated; the frame is too large.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        if (blob is not null)
        {
            canvas.Translate(-rect.Left, -rect.Top);
            var halo = IsDark(fill) ? SKColors.White : SKColors.Black;
            using var blur = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, style.ShadowBlur);
            using var shadow = HaloPaint(halo.WithAlpha(150), style, SKPaintStyle.StrokeAndFill);
            shadow.MaskFilter = blur;
            using var outline = HaloPaint(halo.WithAlpha(190), style, SKPaintStyle.Stroke);
            using var body = new SKPaint { Color = fill, IsAntialias = true, Style = SKPaintStyle.Fill };
            canvas.DrawText(blob, 0, style.ShadowOffsetY, shadow);
            canvas.DrawText(blob, 0, 0, outline);
            canvas.DrawText(blob, 0, 0, body);
        }

        canvas.Flush();
        return surface.Snapshot();
    }

    private static SKPaint HaloPaint(SKColor color, TextStyle style, SKPaintStyle paintStyle) => new()
    {
        Color = color,
        IsAntialias = true,
        Style = paintStyle,
        // The stroke straddles the outline; the fill covers its inner half.
        StrokeWidth = 2 * style.OutlineWidth,
        StrokeJoin = SKStrokeJoin.Round,
    };

    // A dark fill on a dark halo would vanish; it gets a light one instead.
    private static bool IsDark(SKColor color) => ((0.2126 * color.Red) + (0.7152 * color.Green) + (0.0722 * color.Blue)) / 255 < 0.35;

    private static string Noun(TextRole role) => role switch
    {
        TextRole.Title => "title",
        TextRole.Subtitle => "subtitle",
        TextRole.Caption => "caption",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown text role."),
    };

    private static string Preview(string text)
    {
        var flat = text.ReplaceLineEndings(" ").Trim();
        return flat.Length <= PreviewChars ? flat : string.Concat(flat.AsSpan(0, PreviewChars), "…");
    }
}
