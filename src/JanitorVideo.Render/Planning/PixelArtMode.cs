namespace JanitorVideo.Render.Planning;

/// <summary>Whether a picture is drawn as pixel art: whole-number enlargement, nearest neighbour, motion in whole art pixels.</summary>
public enum PixelArtMode
{
    /// <summary>Pixel art when <see cref="Imaging.PixelArtDetector"/> says the picture is.</summary>
    Auto,

    /// <summary>Asked for ("pixel art", "crisp pixels"): drawn as pixel art whenever the picture fits the frame at 1× or more.</summary>
    On,

    /// <summary>Asked against ("smooth"): drawn as any other picture.</summary>
    Off,
}
