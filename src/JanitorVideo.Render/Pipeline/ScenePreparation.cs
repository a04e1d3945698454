using JanitorVideo.Render.Framing;
using JanitorVideo.Render.Imaging;
using JanitorVideo.Render.Planning;

namespace JanitorVideo.Render.Pipeline;

/// <summary>The one way into a prepared still: pixel art by its own path, everything else by <see cref="SceneBuilder.Prepare"/>.</summary>
public static class ScenePreparation
{
    /// <summary>The still for <paramref name="source"/>: as pixel art when <paramref name="pixelArt"/> and the picture say so (<see cref="PixelArtScene"/>), else the smooth path's.</summary>
    public static SceneStill Prepare(SourceImage source, OutputFormat format, int seed, PixelArtMode pixelArt) =>
        PixelArtScene.TryPrepare(source, format, seed, pixelArt) ?? SceneBuilder.Prepare(source, format, seed);
}
