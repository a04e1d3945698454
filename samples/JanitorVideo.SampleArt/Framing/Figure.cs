using SkiaSharp;
using static System.FormattableString;

namespace JanitorVideo.SampleArt;

internal enum Hairstyle
{
    Bob,
    Ponytail,
}

internal enum Headwear
{
    None,
    Leaves,
    WizardHat,
    Hood,
    Helmet,
}

internal enum Prop
{
    None,
    Staff,
    Lantern,
}

/// <summary>
/// How one character looks. <see cref="Turned"/> draws a three-quarter view looking right (eyes,
/// nose and mouth shifted, hair trailing behind); placed mirrored, the same figure looks left.
/// </summary>
internal sealed record Look(
    bool Turned,
    Hairstyle Hairstyle,
    Headwear Headwear,
    Prop Prop,
    SKColor Skin,
    SKColor Hair,
    SKColor Eyes,
    SKColor Outfit,
    SKColor OutfitShade,
    SKColor Sleeve,
    SKColor Trim,
    SKColor Boots,
    SKColor Accent,
    SKColor? Cape = null);

/// <summary>One filled shape of a figure in its own units, with a top-to-bottom gradient.</summary>
internal sealed record Part(SKPath Path, SKColor Top, SKColor Bottom, bool Head);

/// <summary>
/// A character in the druid's style, kept as filled paths (strokes are turned into their outlines)
/// so the same shapes are both drawn and measured: a box taken from them is the truth about the
/// pixels. Units: x = 0 on the body's centre line, y = 0 at the top of the hair, soles at
/// <see cref="Soles"/>; a hat or plume reaches above 0.
/// </summary>
internal sealed class Figure : IDisposable
{
    public const float Soles = 1560;

    private readonly List<Part> _parts = [];

    private Figure()
    {
    }

    /// <summary>Stands the figure with its soles' centre at (x, y), <paramref name="scale"/> pixels a unit, tilted about the soles.</summary>
    public static SKMatrix Standing(float x, float y, float scale, bool mirrored = false, float tiltDegrees = 0) =>
        SKMatrix.CreateTranslation(0, -Soles)
            .PostConcat(SKMatrix.CreateScale(mirrored ? -scale : scale, scale))
            .PostConcat(SKMatrix.CreateRotationDegrees(tiltDegrees))
            .PostConcat(SKMatrix.CreateTranslation(x, y));

    /// <summary>Places the top of the hair at (x, top), for a portrait the picture's bottom edge cuts.</summary>
    public static SKMatrix Portrait(float x, float top, float scale, bool mirrored = false) =>
        SKMatrix.CreateScale(mirrored ? -scale : scale, scale).PostConcat(SKMatrix.CreateTranslation(x, top));

    public static Figure Of(Look look)
    {
        var f = new Figure();
        var dx = look.Turned ? 26 : 0;
        var shadowSkin = Shade(look.Skin, 0.9f);

        // Behind the body: the cape, the hood's back or the hair's back, a ponytail.
        if (look.Cape is { } cape)
        {
            var back = look.Turned ? 80 : 0;
            f.Fill(Invariant($"M -150 380 C {-230 - back / 2} 700 {-280 - back} 1100 {-310 - back} 1500 L {310 - back} 1500 C 280 1100 230 700 150 380 Z"),
                cape, Shade(cape, 0.6f));
        }
        if (look.Headwear == Headwear.Hood)
        {
            f.Fill("M -150 410 C -185 200 -130 -30 0 -30 C 130 -30 185 200 150 410 Z", Shade(look.Accent, 0.45f), head: true);
        }
        else
        {
            f.Fill("M -118 410 C -142 380 -150 250 -136 150 C -118 30 118 30 136 150 C 150 250 142 380 118 410 Z", Shade(look.Hair, 0.8f), head: true);
        }
        if (look.Hairstyle == Hairstyle.Ponytail)
        {
            f.Fill("M -90 100 C -175 105 -220 190 -210 300 C -205 370 -180 425 -150 450 C -162 380 -160 300 -140 235 C -128 190 -110 160 -84 150 Z",
                look.Hair, Shade(look.Hair, 0.75f), head: true);
            f.Circle(-100, 126, 15, look.Trim, head: true);
        }

        // Body: boots under the robe, neck, robe with trim, belt, sleeves, what the hand holds, hands.
        f.RoundRect(new SKRect(-128, 1440, -32, 1560), 22, look.Boots);
        f.RoundRect(new SKRect(32, 1440, 128, 1560), 22, look.Boots);
        f.Fill("M -34 290 L 34 290 L 34 400 L -34 400 Z", shadowSkin);
        f.Fill("M -70 365 C -130 365 -175 380 -190 420 L -175 640 C -170 720 -160 760 -150 800 C -200 1000 -240 1250 -262 1480 "
               + "L 262 1480 C 240 1250 200 1000 150 800 C 160 760 170 720 175 640 L 190 420 C 175 380 130 365 70 365 Z",
            look.Outfit, look.OutfitShade);
        f.Fill("M -64 366 L 0 446 L 64 366 Z", shadowSkin);
        f.Stroke("M -70 368 L 0 452 L 70 368", 12, look.Trim);
        f.Stroke("M 0 456 L 0 1470", 10, look.Trim);
        f.Stroke("M -256 1468 C -90 1492 90 1492 256 1468", 14, look.Trim);
        f.RoundRect(new SKRect(-158, 772, 158, 815), 12, Shade(look.Boots, 1.2f));
        f.Circle(0, 793, 24, look.Trim);
        f.Fill("M -182 405 C -238 440 -262 620 -256 805 L -204 805 C -204 650 -196 520 -168 468 Z", look.Sleeve, Shade(look.Sleeve, 0.8f));
        f.Fill("M 182 405 C 238 440 262 620 256 805 L 204 805 C 204 650 196 520 168 468 Z", look.Sleeve, Shade(look.Sleeve, 0.8f));
        switch (look.Prop)
        {
            case Prop.Staff:
                f.Stroke("M 244 200 L 228 1550", 22, new SKColor(0x7A, 0x52, 0x30));
                f.Circle(244, 176, 38, look.Accent);
                f.Circle(234, 164, 11, SKColors.White);
                break;
            case Prop.Lantern:
                f.Stroke("M 230 850 L 230 910", 7, new SKColor(0x3A, 0x2E, 0x24));
                f.RoundRect(new SKRect(196, 904, 264, 994), 12, new SKColor(0x9A, 0x74, 0x3C));
                f.RoundRect(new SKRect(210, 920, 250, 978), 6, look.Accent);
                break;
            case Prop.None:
                break;
        }
        f.Circle(-230, 830, 30, look.Skin);
        f.Circle(230, 830, 30, look.Skin);

        // Head: face, hair in front, headwear, then the face's features.
        f.Oval(new SKRect(-100, 60, 100, 320), look.Skin, head: true);
        if (look.Headwear is not (Headwear.Helmet or Headwear.WizardHat))
        {
            f.Fill(look.Turned
                    ? "M -116 180 C -128 60 -50 -4 0 0 C 72 -4 132 52 120 158 C 96 104 60 84 22 92 C -20 100 -72 124 -116 180 Z"
                    : "M -112 175 C -124 55 -42 -2 4 0 C 82 -4 134 62 114 185 C 84 112 46 84 4 82 C -40 84 -80 112 -112 175 Z",
                look.Hair, Shade(look.Hair, 0.85f), head: true);
        }
        switch (look.Headwear)
        {
            case Headwear.Leaves:
                f.Oval(new SKRect(50, 14, 110, 44), look.Accent, head: true);
                f.Oval(new SKRect(82, 32, 132, 58), Shade(look.Accent, 0.85f), head: true);
                break;
            case Headwear.WizardHat:
                f.Fill("M -128 150 C -140 90 -120 60 -96 56 L 96 56 C 120 60 140 90 128 150 C 100 110 60 96 0 96 C -60 96 -100 110 -128 150 Z",
                    look.Hair, Shade(look.Hair, 0.85f), head: true);
                f.Fill("M -108 76 C -86 -20 -40 -150 44 -232 C 30 -140 72 -30 108 76 Z", look.Accent, Shade(look.Accent, 0.7f), head: true);
                f.Oval(new SKRect(-176, 50, 176, 100), Shade(look.Accent, 0.8f), head: true);
                f.Stroke("M -100 62 C -30 78 30 78 100 62", 16, look.Trim, head: true);
                break;
            case Headwear.Hood:
                f.Fill("M -150 410 C -185 200 -130 -30 0 -30 C 130 -30 185 200 150 410 C 138 300 126 190 112 140 C 88 76 46 52 0 52 "
                       + "C -46 52 -88 76 -112 140 C -126 190 -138 300 -150 410 Z", look.Accent, Shade(look.Accent, 0.7f), head: true);
                break;
            case Headwear.Helmet:
                f.Fill("M -10 -12 C -22 -80 40 -134 126 -112 C 76 -92 54 -52 32 -12 Z", look.Accent, Shade(look.Accent, 0.7f), head: true);
                f.Fill("M -124 300 L -124 190 C -130 34 -58 -22 0 -22 C 58 -22 130 34 124 190 L 124 300 L 96 300 L 96 170 "
                       + "C 82 128 50 108 0 108 C -50 108 -82 128 -96 170 L -96 300 Z",
                    new SKColor(0xC8, 0xD2, 0xDC), new SKColor(0x6E, 0x7C, 0x8C), head: true);
                f.Stroke("M -110 110 C -60 86 60 86 110 110", 12, look.Trim, head: true);
                break;
            case Headwear.None:
                break;
        }
        // Seen three-quarter, the far eye narrows and everything shifts towards the side looked at.
        var (farEye, nearEye) = look.Turned
            ? (new SKRect(-38, 178, -14, 210), new SKRect(40, 176, 70, 212))
            : (new SKRect(-62, 176, -32, 212), new SKRect(32, 176, 62, 212));
        f.Oval(farEye, look.Eyes, head: true);
        f.Oval(nearEye, look.Eyes, head: true);
        f.Circle(farEye.MidX + 5, 188, 6, SKColors.White, head: true);
        f.Circle(nearEye.MidX + 5, 188, 6, SKColors.White, head: true);
        var blush = new SKColor(0xF0, 0x90, 0x90, 0x70);
        f.Oval(look.Turned ? new SKRect(-62, 228, -34, 244) : new SKRect(-84, 226, -48, 244), blush, head: true);
        f.Oval(look.Turned ? new SKRect(50, 226, 84, 244) : new SKRect(48, 226, 84, 244), blush, head: true);
        if (look.Turned)
        {
            f.Stroke("M 30 212 C 40 226 38 234 26 238", 5, Shade(look.Skin, 0.7f), head: true);
        }
        f.Stroke(Invariant($"M {-18 + dx} 264 C {-6 + dx} 276 {6 + dx} 276 {18 + dx} 264"), 5, new SKColor(0x9A, 0x4A, 0x3A), head: true);
        return f;
    }

    /// <summary>
    /// The drawn extent in picture pixels, of every part or of the head's only; with a picture
    /// given, of what lies inside it (a bust's robe below the bottom edge does not widen its box).
    /// </summary>
    public SKRect Bounds(SKMatrix placement, bool headOnly, SKRect? picture = null)
    {
        using var builder = new SKPathBuilder();
        if (picture is { } rect)
        {
            builder.AddRect(rect);
        }
        using var frame = builder.Detach();
        var bounds = SKRect.Empty;
        foreach (var part in _parts.Where(part => part.Head || !headOnly))
        {
            using var placed = new SKPath(part.Path);
            placed.Transform(placement);
            using var visible = picture is null ? new SKPath(placed) : placed.Op(frame, SKPathOp.Intersect);
            if (visible is null || visible.IsEmpty)
            {
                continue;
            }
            var tight = visible.TightBounds;
            bounds = bounds.IsEmpty ? tight : SKRect.Union(bounds, tight);
        }
        return bounds;
    }

    public void Draw(SKCanvas canvas, SKMatrix placement)
    {
        canvas.Save();
        canvas.Concat(in placement);
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        foreach (var part in _parts)
        {
            paint.Color = part.Top;
            paint.Shader?.Dispose();
            paint.Shader = null;
            if (part.Top != part.Bottom)
            {
                var local = part.Path.TightBounds;
                paint.Shader = SKShader.CreateLinearGradient(new SKPoint(local.MidX, local.Top), new SKPoint(local.MidX, local.Bottom),
                    [part.Top, part.Bottom], SKShaderTileMode.Clamp);
            }
            canvas.DrawPath(part.Path, paint);
        }
        paint.Shader?.Dispose();
        canvas.Restore();
    }

    public void Dispose()
    {
        foreach (var part in _parts)
        {
            part.Path.Dispose();
        }
        _parts.Clear();
    }

    /// <summary>A darker (factor below 1) or lighter shade of the same colour.</summary>
    public static SKColor Shade(SKColor colour, float factor) =>
        new((byte)Math.Clamp(colour.Red * factor, 0, 255), (byte)Math.Clamp(colour.Green * factor, 0, 255),
            (byte)Math.Clamp(colour.Blue * factor, 0, 255), colour.Alpha);

    private void Fill(string svg, SKColor top, SKColor? bottom = null, bool head = false) =>
        _parts.Add(new Part(SKPath.ParseSvgPathData(svg), top, bottom ?? top, head));

    private void Stroke(string svg, float width, SKColor colour, bool head = false)
    {
        using var line = SKPath.ParseSvgPathData(svg);
        using var pen = new SKPaint { Style = SKPaintStyle.Stroke, StrokeWidth = width, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };
        _parts.Add(new Part(pen.GetFillPath(line), colour, colour, head));
    }

    private void Oval(SKRect rect, SKColor colour, bool head = false)
    {
        using var builder = new SKPathBuilder();
        builder.AddOval(rect);
        _parts.Add(new Part(builder.Detach(), colour, colour, head));
    }

    private void Circle(float x, float y, float radius, SKColor colour, bool head = false) =>
        Oval(new SKRect(x - radius, y - radius, x + radius, y + radius), colour, head);

    private void RoundRect(SKRect rect, float radius, SKColor colour)
    {
        using var builder = new SKPathBuilder();
        builder.AddRoundRect(rect, radius, radius);
        _parts.Add(new Part(builder.Detach(), colour, colour, false));
    }
}
