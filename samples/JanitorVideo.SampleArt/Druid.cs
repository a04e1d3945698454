using SkiaSharp;

namespace JanitorVideo.SampleArt;

/// <summary>A young druid with a glowing staff, drawn with paths and gradients on a transparent canvas.</summary>
internal static class Druid
{
    public static SKBitmap Draw()
    {
        var bitmap = new SKBitmap(new SKImageInfo(1024, 1536, SKColorType.Bgra8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Transparent);

        // Cape behind the body.
        using (var cape = Fill(new SKColor(0x2E, 0x4A, 0x3A)))
        {
            cape.Shader = SKShader.CreateLinearGradient(new SKPoint(512, 520), new SKPoint(512, 1480),
                [new SKColor(0x35, 0x5E, 0x44), new SKColor(0x1C, 0x33, 0x27)], SKShaderTileMode.Clamp);
            canvas.DrawPath(Path("M 330 560 C 250 900 220 1250 190 1470 L 834 1470 C 804 1250 774 900 694 560 Z"), cape);
        }

        // Robe.
        using (var robe = Fill(SKColors.White))
        {
            robe.Shader = SKShader.CreateLinearGradient(new SKPoint(380, 560), new SKPoint(660, 1440),
                [new SKColor(0x6F, 0xA8, 0x5C), new SKColor(0x3B, 0x6E, 0x3A)], SKShaderTileMode.Clamp);
            canvas.DrawPath(Path("M 400 540 L 624 540 C 690 760 740 1100 770 1450 L 254 1450 C 284 1100 334 760 400 540 Z"), robe);
        }
        using (var trim = Stroke(new SKColor(0xE8, 0xC8, 0x6A), 14))
        {
            canvas.DrawPath(Path("M 512 560 L 512 1440"), trim);
            canvas.DrawPath(Path("M 262 1430 C 420 1460 604 1460 762 1430"), trim);
        }
        using (var belt = Fill(new SKColor(0x6B, 0x45, 0x2A)))
        {
            canvas.DrawRoundRect(new SKRect(370, 860, 654, 905), 12, 12, belt);
        }
        using (var buckle = Fill(new SKColor(0xE8, 0xC8, 0x6A)))
        {
            canvas.DrawCircle(512, 882, 26, buckle);
        }

        // Arms and hands.
        using (var sleeve = Fill(new SKColor(0x5A, 0x92, 0x4C)))
        {
            canvas.DrawPath(Path("M 410 580 C 330 700 300 820 320 930 L 380 930 C 380 830 410 720 450 640 Z"), sleeve);
            canvas.DrawPath(Path("M 614 580 C 700 660 740 720 760 780 L 720 820 C 690 760 650 710 590 660 Z"), sleeve);
        }
        using (var skin = Fill(new SKColor(0xF2, 0xC9, 0xA6)))
        {
            canvas.DrawCircle(350, 945, 32, skin);
            canvas.DrawCircle(748, 800, 30, skin);
        }

        // Staff with a glowing orb.
        using (var staff = Stroke(new SKColor(0x7A, 0x52, 0x30), 22))
        {
            staff.StrokeCap = SKStrokeCap.Round;
            canvas.DrawLine(760, 300, 745, 1460, staff);
        }
        using (var glow = Fill(SKColors.White))
        {
            glow.Shader = SKShader.CreateRadialGradient(new SKPoint(762, 270), 120,
                [new SKColor(0xC8, 0xFF, 0xB0, 0xE0), new SKColor(0x7C, 0xF0, 0x8A, 0x60), new SKColor(0x40, 0xC0, 0x60, 0x00)],
                [0, 0.4f, 1], SKShaderTileMode.Clamp);
            canvas.DrawCircle(762, 270, 120, glow);
        }
        using (var orb = Fill(new SKColor(0xE6, 0xFF, 0xD8)))
        {
            canvas.DrawCircle(762, 270, 34, orb);
        }

        // Head: hair behind, face, hair in front, eyes.
        using (var hairBack = Fill(new SKColor(0x8A, 0x4B, 0x2B)))
        {
            canvas.DrawPath(Path("M 380 330 C 360 480 370 600 420 640 L 604 640 C 654 600 664 480 644 330 Z"), hairBack);
        }
        using (var neck = Fill(new SKColor(0xE8, 0xBC, 0x98)))
        {
            canvas.DrawRect(new SKRect(476, 480, 548, 560), neck);
        }
        using (var face = Fill(new SKColor(0xF5, 0xD0, 0xB0)))
        {
            canvas.DrawOval(new SKRect(402, 250, 622, 520), face);
        }
        using (var hair = Fill(new SKColor(0xA0, 0x58, 0x32)))
        {
            canvas.DrawPath(Path("M 392 360 C 380 240 470 180 520 186 C 600 180 660 250 634 370 C 600 300 560 270 520 268 C 470 270 430 300 392 360 Z"), hair);
        }
        using (var leaf = Fill(new SKColor(0x8E, 0xD0, 0x6A)))
        {
            canvas.DrawOval(new SKRect(560, 196, 620, 226), leaf);
            canvas.DrawOval(new SKRect(590, 214, 640, 240), leaf);
        }
        using (var eye = Fill(new SKColor(0x2C, 0x3E, 0x50)))
        {
            canvas.DrawOval(new SKRect(450, 380, 482, 420), eye);
            canvas.DrawOval(new SKRect(542, 380, 574, 420), eye);
        }
        using (var shine = Fill(SKColors.White))
        {
            canvas.DrawCircle(472, 392, 7, shine);
            canvas.DrawCircle(564, 392, 7, shine);
        }
        using (var blush = Fill(new SKColor(0xF0, 0x90, 0x90, 0x70)))
        {
            canvas.DrawOval(new SKRect(428, 432, 466, 452), blush);
            canvas.DrawOval(new SKRect(558, 432, 596, 452), blush);
        }
        using (var mouth = Stroke(new SKColor(0x9A, 0x4A, 0x3A), 5))
        {
            mouth.StrokeCap = SKStrokeCap.Round;
            canvas.DrawPath(Path("M 496 462 C 506 472 518 472 528 462"), mouth);
        }
        return bitmap;
    }

    private static SKPath Path(string svg) => SKPath.ParseSvgPathData(svg);

    private static SKPaint Fill(SKColor color) => new() { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };

    private static SKPaint Stroke(SKColor color, float width) =>
        new() { Color = color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = width };
}
