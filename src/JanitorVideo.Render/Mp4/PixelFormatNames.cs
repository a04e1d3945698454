using System.Globalization;

namespace JanitorVideo.Render.Mp4;

/// <summary>
/// The pixel format ffprobe reports for a stream, named as FFmpeg's decoders choose it from the
/// stream's chroma format (0 = monochrome, 1 = 4:2:0, 2 = 4:2:2, 3 = 4:4:4) and bit depth. Null
/// when the decoder would refuse the combination.
/// </summary>
internal static class PixelFormatNames
{
    /// <summary>The RGB matrix (matrix_coefficients 0): 4:4:4 then decodes to planar GBR.</summary>
    public const int RgbMatrix = 0;

    /// <summary>
    /// FFmpeg's H.264 decoder: monochrome decodes as 4:2:0 (grey chroma), full range at 8 bits is
    /// the "yuvj" format, and 4:4:4 with the RGB matrix is "gbrp".
    /// </summary>
    public static string? ForAvc(int chromaFormat, int bitDepth, bool fullRange, bool rgbMatrix)
    {
        var planes = chromaFormat == 3 && rgbMatrix ? "gbrp" : "yuv" + Layout(chromaFormat == 0 ? 1 : chromaFormat) + "p";
        return bitDepth switch
        {
            8 when fullRange && !planes.StartsWith('g') => "yuvj" + planes[3..],
            8 => planes,
            9 or 10 or 12 or 14 => planes + Depth(bitDepth),
            _ => null,
        };
    }

    /// <summary>FFmpeg's HEVC decoder: monochrome is "gray", the rest by layout and depth.</summary>
    public static string? ForHevc(int chromaFormat, int bitDepth)
    {
        var planes = chromaFormat == 0 ? "gray" : "yuv" + Layout(chromaFormat) + "p";
        return bitDepth switch
        {
            8 => planes,
            9 or 10 or 12 => planes + Depth(bitDepth),
            _ => null,
        };
    }

    private static string Layout(int chromaFormat) => chromaFormat switch
    {
        2 => "422",
        3 => "444",
        _ => "420",
    };

    private static string Depth(int bitDepth) => bitDepth.ToString(CultureInfo.InvariantCulture) + "le";
}
