using JanitorVideo.Render.Compose;
using JanitorVideo.Render.Framing;
using JanitorVideo.Render.Motion;
using JanitorVideo.Render.Pipeline;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Framing;

/// <summary>
/// Where a box of the source picture lands in a frame, found through the very row maps the
/// renderer draws with (stage or subject layer, with the pose's zoom, pan, parallax, breath, sway
/// and bob): for each frame row, the source row it samples and the frame columns the box's sides
/// map to. No geometry of its own to get wrong in the same way as the framing.
/// </summary>
internal static class FramedBox
{
    /// <summary>The box's extent in frame pixels at frame <paramref name="index"/>; null when no frame row samples it.</summary>
    /// <param name="imageBox">The box in source-picture pixels.</param>
    public static SKRect? At(FrameScene scene, int index, SKRect imageBox, int imageWidth, int imageHeight)
    {
        var still = scene.Assets.Still;
        var layout = still.Layout;
        var pose = MotionPath.At(scene.Assets.Motion, index / (double)scene.Fps, scene.DurationSeconds);
        if (still.PixelArt is { } art)
        {
            // Pixel art is drawn whole-pixel: its top-left where the motion puts it, each art pixel
            // Scale frame pixels, the upper body raised by the lift.
            var place = PixelArtMotion.At(pose, scene.Assets.Motion, scene.Width, scene.Height,
                art.AnchorX, art.AnchorY, art.BaseY, art.Left, art.Top, art.Scale, art.Room);
            var ax0 = imageBox.Left / art.Block;
            var ay0 = imageBox.Top / art.Block;
            var lift = ay0 < art.Split ? place.Lift * art.Scale : 0;
            return new SKRect(
                place.Left + ax0 * art.Scale, place.Top + ay0 * art.Scale - lift,
                place.Left + imageBox.Right / art.Block * art.Scale, place.Top + imageBox.Bottom / art.Block * art.Scale);
        }
        var image = layout.ImageRect;
        // The box on the stage (0–1).
        double StageU(double x) => image.Left + x / imageWidth * image.Width;
        double StageV(double y) => image.Top + y / imageHeight * image.Height;

        IRowMap map;
        Func<double, double> column, row;
        if (still.Subject is { } subject)
        {
            var rect = still.SubjectRect;
            map = new SubjectMap(pose, scene.Width, scene.Height, layout.StageWidth, layout.StageHeight, rect, subject.Width, subject.Height, layout.Subject);
            column = u => (u - rect.Left) / rect.Width * subject.Width - 0.5;
            row = v => (v - rect.Top) / rect.Height * subject.Height - 0.5;
        }
        else
        {
            map = new StageMap(pose, scene.Width, scene.Height, layout.StageWidth, layout.StageHeight, still.RowDepth);
            column = u => u * layout.StageWidth - 0.5;
            row = v => v * layout.StageHeight - 0.5;
        }

        var top = row(StageV(imageBox.Top));
        var bottom = row(StageV(imageBox.Bottom));
        var left = column(StageU(imageBox.Left));
        var right = column(StageU(imageBox.Right));
        float? first = null, last = null, minX = null, maxX = null;
        for (var y = 0; y < scene.Height; y++)
        {
            map.Row(y, out var srcY, out var scaleX, out var offsetX);
            if (srcY < top || srcY > bottom || scaleX <= 0)
            {
                continue;
            }
            first ??= y;
            last = y + 1;
            // Pixel x samples offsetX + scaleX·x (pixel-centre coordinates); its left edge is x − ½ away.
            var x0 = (float)((left - offsetX) / scaleX + 0.5);
            var x1 = (float)((right - offsetX) / scaleX + 0.5);
            minX = minX is null ? x0 : Math.Min(minX.Value, x0);
            maxX = maxX is null ? x1 : Math.Max(maxX.Value, x1);
        }
        return first is null ? null : new SKRect(minX!.Value, first.Value, maxX!.Value, last!.Value);
    }

    /// <summary>
    /// How far below the source picture's bottom edge frame row <paramref name="frameY"/> samples, in
    /// source rows of the layer the subject is drawn on (negative: inside the picture).
    /// </summary>
    public static double BelowPicture(FrameScene scene, int index, int frameY, int imageHeight)
    {
        var still = scene.Assets.Still;
        var layout = still.Layout;
        var pose = MotionPath.At(scene.Assets.Motion, index / (double)scene.Fps, scene.DurationSeconds);
        var bottom = layout.ImageRect.Bottom;
        if (still.Subject is { } subject)
        {
            var rect = still.SubjectRect;
            var map = new SubjectMap(pose, scene.Width, scene.Height, layout.StageWidth, layout.StageHeight, rect, subject.Width, subject.Height, layout.Subject);
            map.Row(frameY, out var srcY, out _, out _);
            return srcY - ((bottom - rect.Top) / rect.Height * subject.Height - 0.5);
        }
        var stage = new StageMap(pose, scene.Width, scene.Height, layout.StageWidth, layout.StageHeight, still.RowDepth);
        stage.Row(frameY, out var stageY, out _, out _);
        return stageY - (bottom * layout.StageHeight - 0.5);
    }
}
