using SkiaSharp;

namespace JanitorVideo.SampleArt;

/// <summary>
/// A painted dusk valley: layered ridges fading into the haze, a hill, a cloaked traveller with a
/// lantern, and brush-stroke texture, so subject estimation, depth and parallax have work to do.
/// </summary>
internal static class Valley
{
    private const int Width = 1300;
    private const int Height = 970;

    public static SKBitmap Draw()
    {
        var random = new Random(7);
        var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Bgra8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);

        using (var sky = new SKPaint())
        {
            sky.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, 620),
                [new SKColor(0x3A, 0x2E, 0x6E), new SKColor(0xB0, 0x5C, 0x7A), new SKColor(0xF4, 0xA2, 0x6B)],
                [0, 0.55f, 1], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, Width, Height, sky);
        }
        using (var sun = new SKPaint { IsAntialias = true })
        {
            sun.Shader = SKShader.CreateRadialGradient(new SKPoint(880, 470), 260,
                [new SKColor(0xFF, 0xE6, 0xA8, 0xFF), new SKColor(0xFF, 0xC0, 0x80, 0x70), new SKColor(0xFF, 0xA0, 0x70, 0x00)],
                [0, 0.25f, 1], SKShaderTileMode.Clamp);
            canvas.DrawCircle(880, 470, 260, sun);
        }

        // Ridges from far (pale, hazy) to near (dark, saturated).
        SKColor[] ridgeColours =
        [
            new(0x9C, 0x7A, 0x9E), new(0x7A, 0x5C, 0x86), new(0x56, 0x44, 0x6E), new(0x36, 0x30, 0x52),
        ];
        for (var layer = 0; layer < ridgeColours.Length; layer++)
        {
            var baseline = 470 + layer * 70;
            var svg = new System.Text.StringBuilder($"M 0 {Height}");
            var phase = random.NextDouble() * 10;
            for (var x = 0; x <= Width; x += 10)
            {
                var y = baseline
                        - 60 * Math.Sin(x / (180.0 - layer * 20) + phase)
                        - 25 * Math.Sin(x / 47.0 + phase * 2)
                        - 10 * random.NextDouble();
                svg.Append(System.Globalization.CultureInfo.InvariantCulture, $" L {x} {y:F1}");
            }
            svg.Append($" L {Width} {Height} Z");
            using var path = SKPath.ParseSvgPathData(svg.ToString());
            using var paint = new SKPaint { Color = ridgeColours[layer], IsAntialias = true };
            canvas.DrawPath(path, paint);
        }

        // The hill the traveller stands on.
        using (var hill = new SKPaint { IsAntialias = true })
        {
            hill.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 700), new SKPoint(0, Height),
                [new SKColor(0x2A, 0x3A, 0x2C), new SKColor(0x12, 0x1C, 0x16)], SKShaderTileMode.Clamp);
            canvas.DrawPath(SKPath.ParseSvgPathData("M 0 970 L 0 820 C 300 760 500 720 650 722 C 820 724 1000 770 1300 830 L 1300 970 Z"), hill);
        }

        // Trees on the hill.
        using (var tree = new SKPaint { Color = new SKColor(0x10, 0x18, 0x14), IsAntialias = true })
        {
            foreach (var (x, h) in new[] { (140f, 170f), (210f, 120f), (1080f, 190f), (1170f, 140f) })
            {
                var ground = 800 + (x < 650 ? (650 - x) * 0.05f : (x - 650) * 0.09f);
                canvas.DrawPath(SKPath.ParseSvgPathData($"M {x} {ground - h} L {x - h * 0.28f} {ground} L {x + h * 0.28f} {ground} Z"), tree);
            }
        }

        // The traveller: cloak, hood, staff and lantern.
        using (var cloak = new SKPaint { IsAntialias = true })
        {
            cloak.Shader = SKShader.CreateLinearGradient(new SKPoint(650, 470), new SKPoint(650, 730),
                [new SKColor(0xB0, 0x3A, 0x3A), new SKColor(0x5A, 0x1E, 0x2A)], SKShaderTileMode.Clamp);
            canvas.DrawPath(SKPath.ParseSvgPathData("M 650 470 C 622 470 606 500 608 530 C 590 600 575 670 566 728 L 734 728 C 725 670 710 600 692 530 C 694 500 678 470 650 470 Z"), cloak);
        }
        using (var face = new SKPaint { Color = new SKColor(0xF0, 0xC8, 0xA0), IsAntialias = true })
        {
            canvas.DrawOval(new SKRect(636, 500, 664, 530), face);
        }
        using (var staff = new SKPaint { Color = new SKColor(0x40, 0x2A, 0x1A), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 7 })
        {
            canvas.DrawLine(712, 520, 726, 728, staff);
        }
        using (var lantern = new SKPaint { IsAntialias = true })
        {
            lantern.Shader = SKShader.CreateRadialGradient(new SKPoint(712, 515), 70,
                [new SKColor(0xFF, 0xF0, 0xB0, 0xFF), new SKColor(0xFF, 0xC0, 0x60, 0x80), new SKColor(0xFF, 0xA0, 0x40, 0x00)],
                [0, 0.2f, 1], SKShaderTileMode.Clamp);
            canvas.DrawCircle(712, 515, 70, lantern);
        }

        // Brush strokes: short translucent dabs in the local colour, for a painted surface.
        using var dab = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round };
        for (var i = 0; i < 9000; i++)
        {
            var x = random.Next(Width);
            var y = random.Next(Height);
            var colour = bitmap.GetPixel(x, y);
            var shift = random.Next(-18, 19);
            dab.Color = new SKColor(Clamp(colour.Red + shift), Clamp(colour.Green + shift), Clamp(colour.Blue + shift), 70);
            dab.StrokeWidth = 2 + (float)random.NextDouble() * 5;
            var angle = random.NextDouble() * Math.PI;
            var length = 4 + random.NextDouble() * 10;
            canvas.DrawLine(x, y, x + (float)(Math.Cos(angle) * length), y + (float)(Math.Sin(angle) * length), dab);
        }
        return bitmap;
    }

    private static byte Clamp(int value) => (byte)Math.Clamp(value, 0, 255);
}
