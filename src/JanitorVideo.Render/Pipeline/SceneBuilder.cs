using JanitorVideo.Render.Compose;
using JanitorVideo.Render.Framing;
using JanitorVideo.Render.Imaging;
using JanitorVideo.Render.Motion;
using JanitorVideo.Render.Planning;
using SkiaSharp;

namespace JanitorVideo.Render.Pipeline;

/// <summary>Turns a decoded image and a plan into <see cref="SceneAssets"/>: layout, backdrop, background plate, subject cut-out, motion.</summary>
public static class SceneBuilder
{
    // Mipmapped bilinear: smooth for the one-time scaling into the stage, and a tenth of bicubic's cost.
    private static readonly SKSamplingOptions HighQuality = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    public static SceneAssets Build(SourceImage source, AnimationPlan plan)
    {
        var still = ScenePreparation.Prepare(source, plan.Format, plan.Seed, plan.PixelArt);
        return still.For(plan, still);
    }

    /// <summary>
    /// The costly part of a scene, which depends only on the image, the frame size and the seed:
    /// the subject's mask, the layout, the stage (backdrop and background plate), the cut-out and
    /// the background's depth. An animated <paramref name="source"/> is kept by the result (its
    /// frames are drawn per clip frame); a still's is not needed once this returns.
    /// </summary>
    public static SceneStill Prepare(SourceImage source, OutputFormat format, int seed)
    {
        var first = source.Frames[0].Bitmap;
        var animated = source.Frames.Count > 1;
        // The framing follows the subject's head, mass and cut edges.
        var analysis = SubjectAnalysis.Of(source);
        var (mask, separable, transparentCharacter) = (analysis.Mask, analysis.Separable, analysis.TransparentCharacter);
        var layout = StageLayout.For(format, source.Width, source.Height, transparentCharacter, analysis.Shape);

        // The backdrop, the background plate and the cut-out depend only on the image, the mask and
        // the layout: prepare them side by side.
        var drawPlate = !animated && !transparentCharacter;
        // A stage that is only the painted backdrop (a gradient and soft lights, or a haze) has no
        // detail to lose at half the resolution: a quarter of the pixels for every frame to read.
        var stageScale = drawPlate ? 1 : PaintedStageScale;
        var stage = new SKBitmap(new SKImageInfo(Scaled(layout.StageWidth, stageScale), Scaled(layout.StageHeight, stageScale), SKColorType.Bgra8888, SKAlphaType.Premul));
        SKBitmap? plate = null;
        SKBitmap? subject = null;
        CutOutSpans? subjectSpans = null;
        var subjectRect = layout.ImageRect;
        // An animated picture is drawn whole, frame by frame: no cut-out, no background plate.
        separable &= !animated;
        float[]? rowDepth = null;
        Parallel.Invoke(
            () => rowDepth = drawPlate && separable ? RowDepth(DepthProxy.Build(mask!), layout) : null,
            () => PaintBackdrop(stage, first, layout, seed),
            () => plate = drawPlate && separable ? BackgroundPlate.FillBehindSubject(first, mask!) : null,
            () =>
            {
                if (separable)
                {
                    (subject, subjectRect) = CutOut(first, mask!, layout);
                    subjectSpans = CutOutSpans.Of(Pixels.Of(subject));
                }
            });
        if (drawPlate)
        {
            using var canvas = new SKCanvas(stage);
            using var plateImage = SKImage.FromBitmap(plate ?? first);
            canvas.DrawImage(plateImage, ToPixels(layout.ImageRect, layout), HighQuality, null);
            plate?.Dispose();
        }
        return new SceneStill
        {
            Layout = layout,
            Stage = stage,
            Subject = subject,
            SubjectSpans = subjectSpans,
            SubjectRect = subjectRect,
            Animated = animated ? source : null,
            RowDepth = rowDepth,
            Separable = separable,
            TransparentCharacter = transparentCharacter,
            SourceAspect = (double)source.Width / source.Height,
        };
    }

    /// <summary>The camera and idle motion <paramref name="plan"/> asks for, as this scene allows it.</summary>
    internal static MotionSettings MotionFor(AnimationPlan plan, SceneStill still)
    {
        var preset = string.Equals(plan.Motion, MotionPresets.AutoName, StringComparison.OrdinalIgnoreCase)
            ? MotionPresets.Auto(still.TransparentCharacter, still.SourceAspect)
            : MotionPresets.Find(plan.Motion)!;
        if (!still.Separable)
        {
            // Without a subject there is nothing to breathe or to lift off the background.
            preset = preset with { Parallax = 0, Idle = IdleMotion.None };
        }
        // Opaque pixel art is shown whole and kept in the frame by its own room; it has no head to keep.
        var limits = still.PixelArt is not null && !still.TransparentCharacter
            ? null
            : still.Layout.Limits with { Layered = still.Subject is not null || still.PixelArt is not null };
        return new MotionSettings(preset, plan.Strength, plan.Speed, plan.Loop, limits);
    }

    /// <summary>
    /// The background's depth for each stage row, centred on zero: how much further a row travels
    /// on sideways camera moves. Rows outside the image repeat the nearest image row, so the
    /// backdrop and the image never tear apart.
    /// </summary>
    private static float[] RowDepth(DepthMap depth, StageLayout layout)
    {
        var rows = new float[layout.StageHeight];
        var image = layout.ImageRect;
        for (var y = 0; y < rows.Length; y++)
        {
            var v = ((y + 0.5) / rows.Length - image.Top) / image.Height;
            var imageY = (float)(Math.Clamp(v, 0, 1) * (depth.Height - 1));
            float sum = 0;
            const int samples = 32;
            for (var i = 0; i < samples; i++)
            {
                sum += depth.At((i + 0.5f) * depth.Width / samples, imageY);
            }
            rows[y] = sum / samples;
        }
        var mean = rows.Average();
        for (var y = 0; y < rows.Length; y++)
        {
            rows[y] -= mean;
        }
        return rows;
    }

    /// <summary>The painted stage's size against the layout's, when nothing sharp is drawn on it.</summary>
    internal const double PaintedStageScale = 0.5;

    private static int Scaled(int size, double scale) => Math.Max(1, (int)Math.Ceiling(size * scale));

    private static void PaintBackdrop(SKBitmap stage, SKBitmap image, StageLayout layout, int seed)
    {
        using var canvas = new SKCanvas(stage);
        canvas.Clear(SKColors.Black);
        switch (layout.Backdrop)
        {
            case BackdropKind.BlurredFill:
                BackdropPainter.PaintBlurredFill(canvas, image, stage.Width, stage.Height);
                break;
            case BackdropKind.Gradient:
                BackdropPainter.PaintGradient(canvas, image, layout.Subject, stage.Width, stage.Height, seed);
                break;
        }
    }

    // The subject alone, at stage resolution: the image scaled into the subject's box (with a
    // margin for feathered edges and motion), multiplied by the mask.
    private static unsafe (SKBitmap Bitmap, NormalizedRect Rect) CutOut(SKBitmap image, SubjectMask mask, StageLayout layout)
    {
        var subject = layout.Subject;
        var margin = subject.Height * 0.04;
        var image01 = layout.ImageRect;
        var rect = new NormalizedRect(
            Math.Max(image01.Left, subject.Left - margin),
            Math.Max(image01.Top, subject.Top - margin),
            0, 0);
        rect = rect with
        {
            Width = Math.Min(image01.Right, subject.Right + margin) - rect.Left,
            Height = Math.Min(image01.Bottom, subject.Bottom + margin) - rect.Top,
        };
        var pixels = ToPixels(rect, layout);
        var width = Math.Max(1, (int)Math.Ceiling(pixels.Width));
        var height = Math.Max(1, (int)Math.Ceiling(pixels.Height));
        var cut = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
        var imagePixels = ToPixels(image01, layout);
        using (var canvas = new SKCanvas(cut))
        using (var source = SKImage.FromBitmap(image))
        {
            canvas.Clear(SKColors.Transparent);
            canvas.DrawImage(source, SKRect.Create(imagePixels.Left - pixels.Left, imagePixels.Top - pixels.Top, imagePixels.Width, imagePixels.Height), HighQuality, null);
        }
        if (mask.FromAlpha)
        {
            // The image's own alpha is the mask, and its pixels are already premultiplied by it.
            FadeSides(cut, layout.Faded);
            return (cut, rect);
        }
        // Multiply by the mask, sampled where each cut-out pixel falls in the image.
        var data = (uint*)cut.GetPixels();
        var stride = cut.RowBytes / 4;
        var toMaskX = mask.Width / imagePixels.Width;
        var toMaskY = mask.Height / imagePixels.Height;
        for (var y = 0; y < height; y++)
        {
            var my = (float)((pixels.Top + y + 0.5f - imagePixels.Top) * toMaskY - 0.5f);
            var row = data + (long)y * stride;
            for (var x = 0; x < width; x++)
            {
                var mx = (float)((pixels.Left + x + 0.5f - imagePixels.Left) * toMaskX - 0.5f);
                var alpha = (uint)Math.Round(Math.Clamp(mask.At(mx, my), 0, 1) * 256);
                row[x] = alpha >= 256 ? row[x] : Compose.RowSampler.Scale(row[x], alpha);
            }
        }
        FadeSides(cut, layout.Faded);
        return (cut, rect);
    }

    // A cut side that is not against the frame's edge fades out over the outer eighth of the
    // cut-out (smoothly, so no line is left), to nothing at the picture's edge.
    private static unsafe void FadeSides(SKBitmap cut, CutEdges faded)
    {
        if ((faded & (CutEdges.Left | CutEdges.Right)) == CutEdges.None)
        {
            return;
        }
        var ramp = Math.Max(2, cut.Width / 8);
        var data = (uint*)cut.GetPixels();
        var stride = cut.RowBytes / 4;
        for (var i = 0; i < Math.Min(ramp, cut.Width); i++)
        {
            var t = (double)i / ramp;
            var keep = (uint)Math.Round(t * t * (3 - 2 * t) * 256);
            for (var y = 0; y < cut.Height; y++)
            {
                var row = data + (long)y * stride;
                if (faded.HasFlag(CutEdges.Left))
                {
                    row[i] = Compose.RowSampler.Scale(row[i], keep);
                }
                if (faded.HasFlag(CutEdges.Right))
                {
                    row[cut.Width - 1 - i] = Compose.RowSampler.Scale(row[cut.Width - 1 - i], keep);
                }
            }
        }
    }

    private static SKRect ToPixels(NormalizedRect rect, StageLayout layout) => SKRect.Create(
        (float)(rect.Left * layout.StageWidth),
        (float)(rect.Top * layout.StageHeight),
        (float)(rect.Width * layout.StageWidth),
        (float)(rect.Height * layout.StageHeight));
}
