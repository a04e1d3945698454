using JanitorVideo.Render.Compose;
using JanitorVideo.Render.Effects;
using JanitorVideo.Render.Motion;
using JanitorVideo.Render.Text;
using SkiaSharp;

namespace JanitorVideo.Render.Pipeline;

/// <summary>
/// Composes one frame of pixel art: the backdrop through the camera (smooth: it is a gradient or a
/// blur), particles behind, the art enlarged by its whole factor with nearest neighbour on whole
/// frame pixels and moved in whole art pixels (<see cref="PixelArtMotion"/>), particles in front,
/// texts. The order and the layers around the art are the smooth path's.
/// </summary>
internal static unsafe class PixelArtFrame
{
    public static void Compose(FrameScene scene, PixelArtLayer art, FramePose pose, double seconds, SKBitmap frame, SKCanvas canvas, uint[] scratch)
    {
        var still = scene.Assets.Still;
        var layout = still.Layout;
        var target = Pixels.Of(frame);
        RowSampler.DrawOpaque(Pixels.Of(still.Stage), target,
            new StageMap(pose, scene.Width, scene.Height, layout.StageWidth, layout.StageHeight, still.RowDepth), scratch);
        foreach (var particles in scene.Particles)
        {
            particles.Draw(canvas, seconds, ParticleLayer.Behind);
        }

        var place = PixelArtMotion.At(pose, scene.Assets.Motion, scene.Width, scene.Height,
            art.AnchorX, art.AnchorY, art.BaseY, art.Left, art.Top, art.Scale, art.Room);
        if (still.Animated is { } animated)
        {
            var source = animated.FrameAt(TimeSpan.FromSeconds(seconds)).Bitmap;
            NearestBlit.Draw(target, new ArtPixels(Pixels.Of(source), art.Block), art.Scale, place.Left, place.Top, art.Split, place.Lift);
        }
        else
        {
            fixed (uint* pixels = art.Pixels)
            {
                var native = new ArtPixels(new Pixels(pixels, art.Width, art.Height, art.Width), 1);
                NearestBlit.Draw(target, native, art.Scale, place.Left, place.Top, art.Split, place.Lift);
            }
        }

        foreach (var particles in scene.Particles)
        {
            particles.Draw(canvas, seconds, ParticleLayer.Front);
        }

        foreach (var (spec, sprite) in scene.Texts)
        {
            sprite.Draw(canvas, TextAnimation.At(spec, seconds));
        }

        canvas.Flush();
    }
}
