using System.Globalization;
using System.Text;
using SkiaSharp;

namespace JanitorVideo.SampleArt;

/// <summary>Colours of a painted outdoor scene: sky, far ridges and three hills from far to near.</summary>
internal sealed record Palette(SKColor SkyTop, SKColor SkyLow, SKColor Sun, SKColor Ridge, SKColor HillFar, SKColor HillMid, SKColor HillNear, SKColor Foliage);

/// <summary>
/// Opaque backgrounds for the framing set, painted like the valley: gradients, layered ridges,
/// trees and brush dabs everywhere, so no corner is empty and a subject finder has real work.
/// Every random choice comes from the seed it is given.
/// </summary>
internal static class Scenery
{
    /// <summary>A photographer's backdrop: a soft pool of light behind the sitter, darker to the edges, with grain.</summary>
    public static void Studio(SKBitmap bitmap, SKCanvas canvas, SKPoint light, SKColor inner, SKColor outer, int seed)
    {
        var radius = Math.Max(bitmap.Width, bitmap.Height);
        using (var backdrop = new SKPaint())
        {
            backdrop.Shader = SKShader.CreateRadialGradient(light, radius * 0.75f, [inner, outer], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, bitmap.Width, bitmap.Height, backdrop);
        }
        using (var floor = new SKPaint())
        {
            floor.Shader = SKShader.CreateLinearGradient(new SKPoint(0, bitmap.Height * 0.7f), new SKPoint(0, bitmap.Height),
                [outer.WithAlpha(0), outer.WithAlpha(0xA0)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, bitmap.Width, bitmap.Height, floor);
        }
        Dabs(bitmap, canvas, new Random(seed), bitmap.Width * bitmap.Height / 150, 40, 6);
    }

    /// <summary>Sky, sun, clouds, far ridges, three rolling hills with trees, a path, flowers and grass.</summary>
    public static void Meadow(SKBitmap bitmap, SKCanvas canvas, Palette colours, int seed)
    {
        var random = new Random(seed);
        float w = bitmap.Width, h = bitmap.Height;
        Sky(canvas, w, h, colours, new SKPoint(w * 0.78f, h * 0.22f), random);
        Ridge(canvas, w, h, h * 0.56f, 40, colours.Ridge, random);
        Ridge(canvas, w, h, h * 0.64f, 28, colours.HillFar, random);
        Trees(canvas, random, w, h * 0.62f, h * 0.70f, (int)(w / 90), h * 0.05f, Figure.Shade(colours.Foliage, 1.25f));
        Ridge(canvas, w, h, h * 0.74f, 22, colours.HillMid, random);
        Trees(canvas, random, w, h * 0.72f, h * 0.80f, (int)(w / 160), h * 0.09f, colours.Foliage);
        Ridge(canvas, w, h, h * 0.84f, 14, colours.HillNear, random);
        using (var dirt = new SKPaint { IsAntialias = true, Color = new SKColor(0xD8, 0xC0, 0x8C) })
        {
            using var track = SKPath.ParseSvgPathData(Invariant(
                $"M {w * 0.56f} {h} C {w * 0.60f} {h * 0.93f} {w * 0.70f} {h * 0.88f} {w * 0.66f} {h * 0.80f} L {w * 0.69f} {h * 0.80f} C {w * 0.76f} {h * 0.88f} {w * 0.72f} {h * 0.94f} {w * 0.70f} {h} Z"));
            canvas.DrawPath(track, dirt);
        }
        Grass(canvas, random, w, h * 0.86f, h, (int)(w * 1.2f), colours.HillNear);
        using (var flower = new SKPaint { IsAntialias = true })
        {
            SKColor[] petals = [new(0xF4, 0xF0, 0xE6), new(0xF2, 0xB8, 0x4B), new(0xE0, 0x6A, 0x8A), new(0xA8, 0x9C, 0xF0)];
            for (var i = 0; i < w / 8; i++)
            {
                flower.Color = petals[random.Next(petals.Length)];
                canvas.DrawCircle((float)random.NextDouble() * w, h * 0.86f + (float)random.NextDouble() * h * 0.14f, 2 + (float)random.NextDouble() * 3, flower);
            }
        }
        Dabs(bitmap, canvas, random, (int)(w * h / 110), 70, 18);
    }

    /// <summary>A lake at dusk between far mountains and a pine shore, with the shore in front to stand on.</summary>
    public static void Lake(SKBitmap bitmap, SKCanvas canvas, Palette colours, int seed)
    {
        var random = new Random(seed);
        float w = bitmap.Width, h = bitmap.Height;
        Sky(canvas, w, h, colours, new SKPoint(w * 0.32f, h * 0.46f), random);
        Ridge(canvas, w, h, h * 0.44f, 70, colours.Ridge, random);
        Ridge(canvas, w, h, h * 0.52f, 30, colours.HillFar, random);
        using (var water = new SKPaint())
        {
            water.Shader = SKShader.CreateLinearGradient(new SKPoint(0, h * 0.55f), new SKPoint(0, h * 0.82f),
                [Figure.Shade(colours.SkyLow, 0.85f), Figure.Shade(colours.SkyTop, 0.9f)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, h * 0.55f, w, h * 0.45f, water);
        }
        using (var shimmer = new SKPaint { IsAntialias = true, StrokeCap = SKStrokeCap.Round, Style = SKPaintStyle.Stroke })
        {
            for (var i = 0; i < 260; i++)
            {
                var y = h * 0.56f + (float)random.NextDouble() * h * 0.24f;
                var x = (float)random.NextDouble() * w;
                var nearSun = Math.Abs(x - w * 0.32f) < w * 0.12f;
                shimmer.Color = (nearSun ? colours.Sun : Figure.Shade(colours.SkyLow, 1.1f)).WithAlpha((byte)(nearSun ? 200 : 90));
                shimmer.StrokeWidth = 2 + (float)random.NextDouble() * 2;
                canvas.DrawLine(x, y, x + 10 + (float)random.NextDouble() * 40, y, shimmer);
            }
        }
        Trees(canvas, random, w, h * 0.545f, h * 0.56f, (int)(w / 25), h * 0.06f, Figure.Shade(colours.Foliage, 0.8f), pines: true);
        using (var shore = new SKPaint { IsAntialias = true })
        {
            shore.Shader = SKShader.CreateLinearGradient(new SKPoint(0, h * 0.8f), new SKPoint(0, h),
                [colours.HillMid, colours.HillNear], SKShaderTileMode.Clamp);
            using var land = SKPath.ParseSvgPathData(Invariant(
                $"M 0 {h} L 0 {h * 0.76f} C {w * 0.25f} {h * 0.84f} {w * 0.5f} {h * 0.80f} {w * 0.75f} {h * 0.83f} C {w * 0.88f} {h * 0.84f} {w * 0.95f} {h * 0.82f} {w} {h * 0.80f} L {w} {h} Z"));
            canvas.DrawPath(land, shore);
        }
        using (var rock = new SKPaint { IsAntialias = true })
        {
            for (var i = 0; i < 14; i++)
            {
                var x = (float)random.NextDouble() * w;
                var y = h * 0.86f + (float)random.NextDouble() * h * 0.12f;
                var r = 8 + (float)random.NextDouble() * 22;
                rock.Color = Figure.Shade(colours.Ridge, 0.6f + (float)random.NextDouble() * 0.3f);
                canvas.DrawOval(new SKRect(x - r * 1.5f, y - r, x + r * 1.5f, y + r * 0.4f), rock);
            }
        }
        Trees(canvas, random, w * 0.22f, h * 0.80f, h * 0.86f, 5, h * 0.42f, colours.Foliage, pines: true);
        Grass(canvas, random, w, h * 0.84f, h, (int)w, colours.HillNear);
        Dabs(bitmap, canvas, random, (int)(w * h / 110), 70, 18);
    }

    private static void Sky(SKCanvas canvas, float w, float h, Palette colours, SKPoint sun, Random random)
    {
        using (var sky = new SKPaint())
        {
            sky.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, h * 0.6f), [colours.SkyTop, colours.SkyLow], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, w, h, sky);
        }
        using (var glow = new SKPaint { IsAntialias = true })
        {
            var radius = Math.Min(w, h) * 0.3f;
            glow.Shader = SKShader.CreateRadialGradient(sun, radius,
                [colours.Sun, colours.Sun.WithAlpha(0x70), colours.Sun.WithAlpha(0)], [0, 0.18f, 1], SKShaderTileMode.Clamp);
            canvas.DrawCircle(sun, radius, glow);
        }
        using var cloud = new SKPaint { IsAntialias = true, Color = SKColors.White.WithAlpha(0x90) };
        for (var i = 0; i < 7; i++)
        {
            var x = (float)random.NextDouble() * w;
            var y = h * (0.06f + (float)random.NextDouble() * 0.3f);
            var size = Math.Min(w, h) * (0.03f + (float)random.NextDouble() * 0.04f);
            for (var puff = 0; puff < 5; puff++)
            {
                canvas.DrawOval(new SKRect(x + puff * size * 0.9f, y - size * (puff % 2 == 0 ? 0.6f : 1f), x + puff * size * 0.9f + size * 2.2f, y + size * 0.6f), cloud);
            }
        }
    }

    // A filled band whose top edge rolls in two sine waves plus jitter, down to the bottom edge.
    private static void Ridge(SKCanvas canvas, float w, float h, float baseline, float amplitude, SKColor colour, Random random)
    {
        var phase = random.NextDouble() * 10;
        var svg = new StringBuilder(Invariant($"M 0 {h}"));
        for (var x = 0f; x <= w + 10; x += 10)
        {
            var y = baseline - amplitude * Math.Sin(x / (w / 5.5) + phase) - amplitude * 0.35 * Math.Sin(x / 53.0 + phase * 2) - 4 * random.NextDouble();
            svg.Append(CultureInfo.InvariantCulture, $" L {x} {y:F1}");
        }
        svg.Append(CultureInfo.InvariantCulture, $" L {w + 10} {h} Z");
        using var path = SKPath.ParseSvgPathData(svg.ToString());
        using var paint = new SKPaint { IsAntialias = true };
        paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, baseline - amplitude), new SKPoint(0, h),
            [Figure.Shade(colour, 1.12f), Figure.Shade(colour, 0.8f)], SKShaderTileMode.Clamp);
        canvas.DrawPath(path, paint);
    }

    // Round-crowned trees (trunk and three puffs) or pines (stacked triangles) standing between two heights.
    private static void Trees(SKCanvas canvas, Random random, float width, float top, float bottom, int count, float size, SKColor colour, bool pines = false)
    {
        using var trunk = new SKPaint { IsAntialias = true, Color = new SKColor(0x4A, 0x34, 0x26) };
        using var crown = new SKPaint { IsAntialias = true };
        for (var i = 0; i < count; i++)
        {
            var x = (float)random.NextDouble() * width;
            var ground = top + (float)random.NextDouble() * (bottom - top);
            var s = size * (0.7f + (float)random.NextDouble() * 0.6f);
            crown.Color = Figure.Shade(colour, 0.85f + (float)random.NextDouble() * 0.3f);
            if (pines)
            {
                canvas.DrawRect(x - s * 0.04f, ground - s * 0.2f, s * 0.08f, s * 0.2f, trunk);
                for (var tier = 0; tier < 3; tier++)
                {
                    var tierBottom = ground - s * (0.12f + tier * 0.26f);
                    var half = s * (0.26f - tier * 0.06f);
                    using var tierPath = SKPath.ParseSvgPathData(Invariant($"M {x} {tierBottom - s * 0.42f} L {x - half} {tierBottom} L {x + half} {tierBottom} Z"));
                    canvas.DrawPath(tierPath, crown);
                }
                continue;
            }
            canvas.DrawRect(x - s * 0.05f, ground - s * 0.5f, s * 0.1f, s * 0.5f, trunk);
            canvas.DrawCircle(x - s * 0.18f, ground - s * 0.62f, s * 0.26f, crown);
            canvas.DrawCircle(x + s * 0.2f, ground - s * 0.6f, s * 0.24f, crown);
            crown.Color = Figure.Shade(crown.Color, 1.15f);
            canvas.DrawCircle(x, ground - s * 0.8f, s * 0.3f, crown);
        }
    }

    private static void Grass(SKCanvas canvas, Random random, float w, float top, float bottom, int count, SKColor colour)
    {
        using var blade = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round, StrokeWidth = 2 };
        for (var i = 0; i < count; i++)
        {
            var x = (float)random.NextDouble() * w;
            var y = top + (float)random.NextDouble() * (bottom - top);
            var length = 6 + (float)random.NextDouble() * 14;
            blade.Color = Figure.Shade(colour, 0.7f + (float)random.NextDouble() * 0.8f);
            canvas.DrawLine(x, y, x + (float)(random.NextDouble() - 0.5) * 8, y - length, blade);
        }
    }

    /// <summary>Short translucent strokes in the local colour, as the valley has: a painted surface.</summary>
    private static void Dabs(SKBitmap bitmap, SKCanvas canvas, Random random, int count, byte alpha, int spread)
    {
        using var dab = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round };
        for (var i = 0; i < count; i++)
        {
            var x = random.Next(bitmap.Width);
            var y = random.Next(bitmap.Height);
            var colour = bitmap.GetPixel(x, y);
            var shift = random.Next(-spread, spread + 1);
            dab.Color = new SKColor(Clamp(colour.Red + shift), Clamp(colour.Green + shift), Clamp(colour.Blue + shift), alpha);
            dab.StrokeWidth = 2 + (float)random.NextDouble() * 5;
            var angle = random.NextDouble() * Math.PI;
            var length = 4 + random.NextDouble() * 10;
            canvas.DrawLine(x, y, x + (float)(Math.Cos(angle) * length), y + (float)(Math.Sin(angle) * length), dab);
        }
    }

    private static byte Clamp(int value) => (byte)Math.Clamp(value, 0, 255);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
