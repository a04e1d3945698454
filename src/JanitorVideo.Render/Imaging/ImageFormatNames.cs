using SkiaSharp;

namespace JanitorVideo.Render.Imaging;

/// <summary>
/// Which encoded formats the engine accepts, and names for the common ones it refuses, so a
/// refusal can say "this is a HEIC photo" rather than "unreadable".
/// </summary>
internal static class ImageFormatNames
{
    public const string AcceptedList = "JPG, PNG, WEBP or GIF";

    /// <summary>"JPEG", "PNG", "WEBP" or "GIF" for an accepted format, else null.</summary>
    public static string? Accepted(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Jpeg => "JPEG",
        SKEncodedImageFormat.Png => "PNG",
        SKEncodedImageFormat.Webp => "WEBP",
        SKEncodedImageFormat.Gif => "GIF",
        _ => null,
    };

    /// <summary>A plain name for a format Skia knows but the engine refuses.</summary>
    public static string Refused(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Heif => "HEIC/HEIF",
        SKEncodedImageFormat.Dng => "RAW (DNG)",
        _ => format.ToString().ToUpperInvariant(),
    };

    /// <summary>
    /// The format the first bytes announce (accepted or not), or null. Used only to word a
    /// refusal: the decoder itself decides what it can read.
    /// </summary>
    public static string? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "JPEG";
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "PNG";
        }
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return "GIF";
        }
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return "WEBP";
        }
        if (head.Length >= 12 && head.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            var brand = head.Slice(8, 4);
            if (brand.SequenceEqual("avif"u8) || brand.SequenceEqual("avis"u8))
            {
                return "AVIF";
            }
            if (brand.StartsWith("he"u8) || brand.SequenceEqual("mif1"u8) || brand.SequenceEqual("msf1"u8))
            {
                return "HEIC/HEIF";
            }
        }
        if (head.StartsWith("BM"u8))
        {
            return "BMP";
        }
        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
        {
            return "TIFF";
        }
        if (head.StartsWith("8BPS"u8))
        {
            return "PSD";
        }
        if (head.StartsWith("%PDF"u8))
        {
            return "PDF";
        }
        if (head.IndexOf("<svg"u8) >= 0)
        {
            return "SVG";
        }
        return null;
    }

    public static bool IsAcceptedName(string name) => name is "JPEG" or "PNG" or "WEBP" or "GIF";
}
