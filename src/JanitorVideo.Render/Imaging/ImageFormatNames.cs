using JanitorVideo.Core.Media;
using SkiaSharp;

namespace JanitorVideo.Render.Imaging;

/// <summary>
/// Which of Skia's formats the engine accepts, and names for the ones it refuses, so a refusal can
/// say "this is a HEIC photo" rather than "unreadable". Sniffing the bytes is Core's
/// (<see cref="MediaFormats"/>).
/// </summary>
internal static class ImageFormatNames
{
    public const string AcceptedList = "JPG, PNG, WEBP or GIF";

    /// <summary>"JPEG", "PNG", "WEBP" or "GIF" for an accepted format, else null.</summary>
    public static string? Accepted(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Jpeg => MediaFormats.Jpeg.Name,
        SKEncodedImageFormat.Png => MediaFormats.Png.Name,
        SKEncodedImageFormat.Webp => MediaFormats.Webp.Name,
        SKEncodedImageFormat.Gif => MediaFormats.Gif.Name,
        _ => null,
    };

    /// <summary>A plain name for a format Skia knows but the engine refuses.</summary>
    public static string Refused(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Heif => "HEIC/HEIF",
        SKEncodedImageFormat.Dng => "RAW (DNG)",
        _ => format.ToString().ToUpperInvariant(),
    };
}
