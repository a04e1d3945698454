using System.Buffers.Binary;

namespace JanitorVideo.Render.Imaging;

/// <summary>
/// Reads the stored size straight from the first bytes of a PNG or GIF. Skia will not open a PNG
/// that has a header but no pixel data, and a size limit should hold before any decoder runs.
/// </summary>
internal static class ImageHeaderProbe
{
    public static (int Width, int Height)? Dimensions(ReadOnlySpan<byte> head)
    {
        // PNG: 8-byte signature, then the IHDR chunk (length, "IHDR", width, height big-endian).
        if (head.Length >= 24
            && head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            && head.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            var width = BinaryPrimitives.ReadUInt32BigEndian(head[16..]);
            var height = BinaryPrimitives.ReadUInt32BigEndian(head[20..]);
            return ((int)Math.Min(width, int.MaxValue), (int)Math.Min(height, int.MaxValue));
        }
        // GIF: "GIF8?a", then the logical screen width and height, little-endian.
        if (head.Length >= 10 && (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)))
        {
            return (BinaryPrimitives.ReadUInt16LittleEndian(head[6..]), BinaryPrimitives.ReadUInt16LittleEndian(head[8..]));
        }
        return null;
    }
}
