using JanitorVideo.Render.Compose;
using JanitorVideo.Render.Framing;
using JanitorVideo.Render.Imaging;
using JanitorVideo.Render.Planning;
using SkiaSharp;

namespace JanitorVideo.Render.Pipeline;

/// <summary>
/// Prepares a picture as pixel art: the largest whole factor the framing has room for, a place on
/// whole frame pixels, and a backdrop (a gradient behind a sprite, the blurred picture around an
/// opaque one). Frames are then drawn by <see cref="PixelArtFrame"/>.
/// </summary>
public static class PixelArtScene
{
    /// <summary>The share of a sprite's height, from its top, that a breath raises: head and chest.</summary>
    private const double UpperBody = 0.45;

    // A sprite is transparent art whose opaque part is a subject, not the whole picture; the same
    // limits as the smooth path's alpha cut-out.
    private const double MinSpriteCoverage = 0.01;
    private const double MaxSpriteCoverage = 0.95;

    /// <summary>
    /// The still for <paramref name="source"/> drawn as pixel art, or null when it is not: the mode
    /// is off, it is on auto and the picture is not pixel art (<see cref="PixelArtDetector"/>), or
    /// the art does not fit the frame even at 1× (a large picture has no pixels to keep crisp).
    /// </summary>
    public static SceneStill? TryPrepare(SourceImage source, OutputFormat format, int seed, PixelArtMode mode)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(format);
        if (mode == PixelArtMode.Off)
        {
            return null;
        }

        var frames = source.Frames.Select(frame => frame.Bitmap).ToList();
        var block = PixelArtDetector.BlockSize(frames);
        var width = source.Width / block;
        var height = source.Height / block;
        if (width > format.Width || height > format.Height)
        {
            return null;
        }

        if (mode == PixelArtMode.Auto && !PixelArtDetector.Measure(frames, block).IsPixelArt)
        {
            return null;
        }

        var (bounds, coverage) = Visible(frames, block);
        var sprite = source.HasAlpha && coverage is > MinSpriteCoverage and < MaxSpriteCoverage;
        var placed = sprite ? PlaceSprite(format, width, height, bounds, new ArtPixels(Compose.Pixels.Of(frames[0]), block)) : PlaceWhole(format, width, height);
        if (placed is not var (layout, scale, left, top))
        {
            return null;
        }

        // Even scales start on even pixels: yuv420p's 2×2 colour blocks then never straddle two art pixels.
        if (scale % 2 == 0)
        {
            (left, top) = (left & ~1, top & ~1);
        }

        var animated = frames.Count > 1;
        var box = layout.Subject;
        var layer = new PixelArtLayer
        {
            Block = block,
            Width = width,
            Height = height,
            Pixels = animated ? null : Copy(new ArtPixels(Compose.Pixels.Of(frames[0]), block)),
            Scale = scale,
            Left = left,
            Top = top,
            AnchorX = box.CenterX,
            AnchorY = box.Top + (box.Height / 2),
            BaseY = box.Bottom,
            Split = Math.Max(1, bounds.Top + (int)Math.Round(bounds.Height * UpperBody)),
            Room = sprite ? Room(format, left, top, scale, bounds) : Room(format, left, top, scale, new SKRectI(0, 0, width, height)),
        };

        var stage = new SKBitmap(new SKImageInfo(layout.StageWidth, layout.StageHeight, SKColorType.Bgra8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(stage))
        {
            canvas.Clear(SKColors.Black);
            if (sprite)
            {
                BackdropPainter.PaintGradient(canvas, frames[0], box, layout.StageWidth, layout.StageHeight, seed);
            }
            else
            {
                BackdropPainter.PaintBlurredFill(canvas, frames[0], layout.StageWidth, layout.StageHeight);
            }
        }

        return new SceneStill
        {
            Layout = layout,
            Stage = stage,
            SubjectRect = box,
            Animated = animated ? source : null,
            // A still sprite breathes, in whole art pixels; an animation moves by its own frames, as
            // animations do on the smooth path.
            Separable = sprite && !animated,
            TransparentCharacter = sprite,
            SourceAspect = (double)source.Width / source.Height,
            PixelArt = layer,
        };
    }

    // A sprite goes where the framing puts a character, as large as its subject box allows in whole
    // art pixels, centred in that box.
    // Its head is found from its alpha as any cut-out's is, so the camera keeps it in the safe area.
    // Its head is measured at its own art-pixel size, so art uploaded enlarged is framed the same.
    private static unsafe (StageLayout, int, int, int)? PlaceSprite(OutputFormat format, int width, int height, SKRectI bounds, ArtPixels first)
    {
        var box = new NormalizedRect((double)bounds.Left / width, (double)bounds.Top / height, (double)bounds.Width / width, (double)bounds.Height / height);
        using var native = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
        Copy(first).AsSpan().CopyTo(new Span<uint>((void*)native.GetPixels(), width * height));
        var shape = SubjectShape.Measure(new AlphaSubjectEstimator().Estimate(native)) with { Box = box };
        var layout = StageLayout.For(format, width, height, transparentCharacter: true, shape);
        box = layout.Subject;
        var fit = Math.Min(box.Width * format.Width / bounds.Width, box.Height * format.Height / bounds.Height);
        var scale = (int)Math.Floor(fit + 1e-9);
        if (scale < 1)
        {
            return null;
        }

        var left = (int)Math.Round((box.CenterX * format.Width) - ((bounds.Left + (bounds.Width / 2.0)) * scale));
        var top = (int)Math.Round(((box.Top + (box.Height / 2)) * format.Height) - ((bounds.Top + (bounds.Height / 2.0)) * scale));
        return (layout, scale, left, top);
    }

    // An opaque picture is shown whole, centred, as large as the frame allows in whole art pixels,
    // with its blurred self around it where the frame's shape leaves room.
    private static (StageLayout, int, int, int)? PlaceWhole(OutputFormat format, int width, int height)
    {
        var scale = Math.Min(format.Width / width, format.Height / height);
        if (scale < 1)
        {
            return null;
        }

        var left = (format.Width - (width * scale)) / 2;
        var top = (format.Height - (height * scale)) / 2;
        var rect = new NormalizedRect((double)left / format.Width, (double)top / format.Height,
            (double)width * scale / format.Width, (double)height * scale / format.Height);
        var layout = StageLayout.For(format, width, height, transparentCharacter: false, (0, 0, width, height)) with
        {
            ImageRect = rect,
            Subject = rect,
            Backdrop = BackdropKind.BlurredFill,
        };
        return (layout, scale, left, top);
    }

    // The frame's margin around the visible art at rest, the nearer side each way.
    private static (int X, int Y) Room(OutputFormat format, int left, int top, int scale, SKRectI visible) => (
        Math.Max(0, Math.Min(left + (visible.Left * scale), format.Width - left - (visible.Right * scale))),
        Math.Max(0, Math.Min(top + (visible.Top * scale), format.Height - top - (visible.Bottom * scale))));

    // The box of the art pixels any frame shows (alpha ≥ 128), and the share of the canvas they cover.
    private static (SKRectI Bounds, double Coverage) Visible(List<SKBitmap> frames, int block)
    {
        var first = new ArtPixels(Compose.Pixels.Of(frames[0]), block);
        var covered = new bool[first.Width * first.Height];
        int left = first.Width, top = first.Height, right = -1, bottom = -1, count = 0;
        foreach (var frame in frames)
        {
            var art = new ArtPixels(Compose.Pixels.Of(frame), block);
            for (var y = 0; y < art.Height; y++)
            {
                for (var x = 0; x < art.Width; x++)
                {
                    if (art.At(x, y) >> 24 < 128 || covered[(y * art.Width) + x])
                    {
                        continue;
                    }

                    covered[(y * art.Width) + x] = true;
                    count++;
                    (left, right) = (Math.Min(left, x), Math.Max(right, x));
                    (top, bottom) = (Math.Min(top, y), Math.Max(bottom, y));
                }
            }
        }

        return count == 0
            ? (new SKRectI(0, 0, first.Width, first.Height), 0)
            : (new SKRectI(left, top, right + 1, bottom + 1), (double)count / covered.Length);
    }

    private static unsafe uint[] Copy(ArtPixels art)
    {
        var pixels = new uint[art.Width * art.Height];
        for (var y = 0; y < art.Height; y++)
        {
            for (var x = 0; x < art.Width; x++)
            {
                pixels[(y * art.Width) + x] = art.At(x, y);
            }
        }

        return pixels;
    }
}
