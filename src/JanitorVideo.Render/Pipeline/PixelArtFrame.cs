using JanitorVideo.Render.Compose;
using JanitorVideo.Render.Motion;

namespace JanitorVideo.Render.Pipeline;

/// <summary>
/// Draws pixel art into a frame, between the particles behind and those in front (the rest of the
/// frame is <see cref="FrameWorker"/>'s, as on the smooth path): the art enlarged by its whole
/// factor with nearest neighbour on whole frame pixels, moved in whole art pixels
/// (<see cref="PixelArtMotion"/>); an animation's frame at its own delay.
/// </summary>
internal static unsafe class PixelArtFrame
{
    public static void Draw(FrameScene scene, PixelArtLayer art, FramePose pose, double seconds, Pixels target)
    {
        var place = PixelArtMotion.At(pose, scene.Assets.Motion, scene.Width, scene.Height,
            art.AnchorX, art.AnchorY, art.BaseY, art.Left, art.Top, art.Scale, art.Room);
        if (scene.Assets.Still.Animated is { } animated)
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
    }
}
