using System.Buffers.Binary;
using JanitorVideo.Core.Media;

namespace JanitorVideo.Render.Imaging;

/// <summary>
/// Reads the stored size straight from the first bytes of a PNG or GIF. Skia will not open a PNG
/// that has a header but no pixel data, and a size limit should hold before any decoder runs.
/// </summary>
internal static class ImageHeaderProbe
{
    public static (int Width, int Height)? Dimensions(ReadOnlySpan<byte> head)
    {
        var format = MediaFormats.Sniff(head);
        // PNG: 8-byte signature, then the IHDR chunk (length, "IHDR", width, height big-endian).
        if (format == MediaFormats.Png && head.Length >= 24 && head.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            var width = BinaryPrimitives.ReadUInt32BigEndian(head[16..]);
            var height = BinaryPrimitives.ReadUInt32BigEndian(head[20..]);
            return ((int)Math.Min(width, int.MaxValue), (int)Math.Min(height, int.MaxValue));
        }
        // GIF: "GIF8?a", then the logical screen width and height, little-endian.
        if (format == MediaFormats.Gif && head.Length >= 10)
        {
            return (BinaryPrimitives.ReadUInt16LittleEndian(head[6..]), BinaryPrimitives.ReadUInt16LittleEndian(head[8..]));
        }
        return null;
    }
}
