namespace JanitorVideo.Render.Imaging;

/// <summary>
/// What <see cref="ImageDecoder"/> agrees to decode. Headers are checked against these before any
/// pixel is decoded, so a hostile or absurd file costs a few bytes of reading, not gigabytes.
/// </summary>
/// <param name="MaxPixels">Largest stored image (width × height) accepted at all.</param>
/// <param name="MaxLongSide">Decoded frames are scaled down so their longer side is at most this;
/// 2600 leaves headroom over a 1920 frame for camera moves.</param>
/// <param name="MaxFrames">Most frames an animated image may have.</param>
/// <param name="MaxDecodedBytes">Most memory all decoded frames together may take (4 bytes a
/// pixel); animations are scaled down further to fit.</param>
/// <param name="MaxAnimationPixels">Most work an animation may ask for: frames × canvas pixels, each
/// frame being composited on the whole canvas (2 gigapixels: 1000 frames of 2 megapixels). A small
/// file can declare far more, which would take minutes of CPU.</param>
public sealed record DecodeLimits(
    int MaxPixels = 100_000_000,
    int MaxLongSide = 2600,
    int MaxFrames = 1000,
    long MaxDecodedBytes = 400_000_000,
    long MaxAnimationPixels = 2_000_000_000);
