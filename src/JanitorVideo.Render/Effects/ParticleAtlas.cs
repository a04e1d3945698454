using SkiaSharp;

namespace JanitorVideo.Render.Effects;

/// <summary>
/// The sprites of the particles, drawn once in white into one small image: a row of sharp cells
/// and a row of the same cells pre-blurred for the far layer. (Rain streaks are lines, not sprites:
/// Skia's raster atlas pays per scanline, and a tall thin streak is all scanlines.) Particles tint them while drawing, so
/// no particle ever needs a blur filter or a path of its own. Its pixels never change, so one atlas
/// serves every clip for the life of the process (<see cref="Shared"/>): a render no longer makes
/// and frees its own (the image and its pixels, 0.7 MB of native memory each time).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "One atlas for the life of the process, never freed.")]
internal sealed class ParticleAtlas
{
    /// <summary>Side of one sprite cell in pixels.</summary>
    public const int CellSize = 64;

    /// <summary>Widths a petal is drawn at, from edge-on to face-on.</summary>
    public const int PetalTurns = 8;

    /// <summary>How narrow the most edge-on petal is.</summary>
    private const float NarrowestPetal = 0.15f;

    private const float FarBlurSigma = 2f;

    private const int Columns = 3 + PetalTurns;

    private static readonly Lazy<ParticleAtlas> SharedAtlas = new(() => new ParticleAtlas(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SKBitmap _pixels;

    private ParticleAtlas()
    {
        var info = new SKImageInfo(Columns * CellSize, 2 * CellSize, SKColorType.Bgra8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        using var blur = SKImageFilter.CreateBlur(FarBlurSigma, FarBlurSigma);
        for (int row = 0; row < 2; row++)
        {
            for (int column = 0; column < Columns; column++)
            {
                canvas.Save();
                canvas.ClipRect(SKRect.Create(column * CellSize, row * CellSize, CellSize, CellSize));
                canvas.Translate((column * CellSize) + (CellSize / 2f), (row * CellSize) + (CellSize / 2f));
                using var paint = new SKPaint { IsAntialias = true, ImageFilter = row == 1 ? blur : null };
                DrawSprite(canvas, paint, column);
                canvas.Restore();
            }
        }

        Image = surface.Snapshot();
        _pixels = new SKBitmap(info);
        if (!Image.ReadPixels(_pixels.Info, _pixels.GetPixels(), _pixels.RowBytes, 0, 0))
        {
            throw new InvalidOperationException("The particle atlas could not be read back.");
        }
    }

    /// <summary>The one atlas, drawn on first use; read-only, so any number of threads may draw from it.</summary>
    public static ParticleAtlas Shared => SharedAtlas.Value;

    public SKImage Image { get; }

    /// <summary>The atlas's pixels (BGRA premultiplied), for drawing sprites straight into a frame.</summary>
    public Compose.Pixels Pixels => Compose.Pixels.Of(_pixels);

    /// <summary>Pixels of the sprite that a particle's diameter stands for (its disc, its length, its star).</summary>
    public static float Extent(SpriteShape shape) => shape switch
    {
        SpriteShape.SoftDisc => 48f,
        SpriteShape.Glow => 60f,
        SpriteShape.Star => 56f,
        _ => 44f,
    };

    /// <summary>
    /// The part of the atlas to draw: the shape's own box within its cell (drawing transparent
    /// corners still costs), the petal width nearest <paramref name="turn"/>, the blurred copy for
    /// far particles. Every box is centred on its cell's centre.
    /// </summary>
    public static SKRect Cell(SpriteShape shape, float turn, bool blurred)
    {
        var (column, halfWidth, halfHeight) = shape switch
        {
            SpriteShape.SoftDisc => (0, blurred ? 30 : 25, blurred ? 30 : 25),
            SpriteShape.Glow => (1, 31, 31),
            SpriteShape.Star => (2, 31, 31),
            _ => (3 + (int)Math.Clamp(MathF.Round((MathF.Abs(turn) - NarrowestPetal) / (1 - NarrowestPetal) * (PetalTurns - 1)), 0, PetalTurns - 1), 22, 29),
        };
        float centreX = (column * CellSize) + (CellSize / 2f), centreY = (blurred ? CellSize : 0) + (CellSize / 2f);
        return new SKRect(centreX - halfWidth, centreY - halfHeight, centreX + halfWidth, centreY + halfHeight);
    }

    private static void DrawSprite(SKCanvas canvas, SKPaint paint, int column)
    {
        switch (column)
        {
            case 0:
                paint.Shader = Radial(24, [SKColors.White, SKColors.White.WithAlpha(215), SKColors.White.WithAlpha(0)], [0f, 0.45f, 1f]);
                canvas.DrawCircle(0, 0, 24, paint);
                break;
            case 1:
                paint.Shader = Radial(30, [SKColors.White, SKColors.White.WithAlpha(240), SKColors.White.WithAlpha(130), SKColors.White.WithAlpha(45), SKColors.White.WithAlpha(0)], [0f, 0.1f, 0.25f, 0.5f, 1f]);
                canvas.DrawCircle(0, 0, 30, paint);
                break;
            case 2:
                DrawStar(canvas, paint);
                break;
            default:
                float width = NarrowestPetal + ((1 - NarrowestPetal) * (column - 3) / (PetalTurns - 1));
                DrawPetal(canvas, paint, width);
                break;
        }

        paint.Shader?.Dispose();
        paint.Shader = null;
    }

    private static void DrawStar(SKCanvas canvas, SKPaint paint)
    {
        paint.Shader = Radial(14, [SKColors.White.WithAlpha(160), SKColors.White.WithAlpha(0)], [0f, 1f]);
        canvas.DrawCircle(0, 0, 14, paint);
        paint.Shader.Dispose();
        paint.Shader = null;
        paint.Color = SKColors.White;
        using var star = new SKPathBuilder();
        for (int k = 0; k < 8; k++)
        {
            // Long rays up, down and to the sides; a pinched waist between them.
            double angle = (k * Math.PI / 4) - (Math.PI / 2);
            float radius = k % 2 == 0 ? 28f : 3.2f;
            var point = new SKPoint(radius * (float)Math.Cos(angle), radius * (float)Math.Sin(angle));
            if (k == 0)
            {
                star.MoveTo(point);
            }
            else
            {
                star.LineTo(point);
            }
        }

        star.Close();
        using var path = star.Detach();
        canvas.DrawPath(path, paint);
    }

    /// <summary>A cherry-blossom petal, notched at the tip, narrow at the base, squeezed to <paramref name="width"/> to show it turning.</summary>
    private static void DrawPetal(SKCanvas canvas, SKPaint paint, float width)
    {
        canvas.Save();
        canvas.Scale(width, 1);
        using var petal = new SKPathBuilder();
        petal.MoveTo(0, 22);
        petal.CubicTo(-10, 14, -15, -4, -11, -16);
        petal.CubicTo(-8, -22, -3, -22, 0, -17);
        petal.CubicTo(3, -22, 8, -22, 11, -16);
        petal.CubicTo(15, -4, 10, 14, 0, 22);
        petal.Close();
        using var path = petal.Detach();
        paint.Shader = SKShader.CreateRadialGradient(new SKPoint(0, 12), 36, [SKColors.White, new SKColor(0xE4, 0xE4, 0xE4)], SKShaderTileMode.Clamp);
        canvas.DrawPath(path, paint);
        canvas.Restore();
    }

    private static SKShader Radial(float radius, SKColor[] colors, float[] stops) =>
        SKShader.CreateRadialGradient(SKPoint.Empty, radius, colors, stops, SKShaderTileMode.Clamp);
}
