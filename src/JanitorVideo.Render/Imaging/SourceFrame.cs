using SkiaSharp;

namespace JanitorVideo.Render.Imaging;

/// <summary>
/// One decoded frame: the full canvas, already composited, upright and scaled (Bgra8888, Premul),
/// and how long it shows (zero for a still).
/// </summary>
public sealed record SourceFrame(SKBitmap Bitmap, TimeSpan Delay);
