namespace JanitorVideo.TestInputs.Media;

/// <summary>One frame for <see cref="GifBytes"/>: a rectangle of palette indices.</summary>
public sealed record GifFrame(int Left, int Top, int Width, int Height, byte Index, int DelayCentiseconds, int Disposal = 1, int? TransparentIndex = null)
{
    /// <summary>The rectangle's palette index pixel by pixel, row by row; null fills it with <see cref="Index"/>.</summary>
    public IReadOnlyList<byte>? Pixels { get; init; }
}

/// <summary>
/// Writes GIF files byte by byte, so tests control delays, disposal and frame counts exactly.
/// The LZW stream sends only literal codes with a clear code every 250, so the code width stays
/// at 9 bits: valid, if not small.
/// </summary>
public static class GifBytes
{
    public static byte[] Write(int width, int height, IReadOnlyList<(byte R, byte G, byte B)> palette, IEnumerable<GifFrame> frames)
    {
        var output = new List<byte>();
        output.AddRange("GIF89a"u8.ToArray());
        AddShort(output, width);
        AddShort(output, height);
        output.AddRange([0xF7, 0, 0]);
        for (var i = 0; i < 256; i++)
        {
            var (r, g, b) = i < palette.Count ? palette[i] : ((byte)0, (byte)0, (byte)0);
            output.AddRange([r, g, b]);
        }
        output.AddRange([0x21, 0xFF, 0x0B]);
        output.AddRange("NETSCAPE2.0"u8.ToArray());
        output.AddRange([0x03, 0x01, 0x00, 0x00, 0x00]);
        foreach (var frame in frames)
        {
            var transparent = frame.TransparentIndex is not null;
            output.AddRange([0x21, 0xF9, 0x04, (byte)((frame.Disposal << 2) | (transparent ? 1 : 0))]);
            AddShort(output, frame.DelayCentiseconds);
            output.AddRange([(byte)(frame.TransparentIndex ?? 0), 0x00]);
            output.Add(0x2C);
            AddShort(output, frame.Left);
            AddShort(output, frame.Top);
            AddShort(output, frame.Width);
            AddShort(output, frame.Height);
            output.Add(0x00);
            output.Add(8);
            AddSubBlocks(output, Lzw(frame.Pixels ?? Enumerable.Repeat(frame.Index, frame.Width * frame.Height)));
        }
        output.Add(0x3B);
        return [.. output];
    }

    private static void AddShort(List<byte> output, int value)
    {
        output.Add((byte)(value & 0xFF));
        output.Add((byte)(value >> 8));
    }

    private static void AddSubBlocks(List<byte> output, byte[] data)
    {
        for (var i = 0; i < data.Length; i += 255)
        {
            var n = Math.Min(255, data.Length - i);
            output.Add((byte)n);
            output.AddRange(data.AsSpan(i, n).ToArray());
        }
        output.Add(0);
    }

    private static byte[] Lzw(IEnumerable<byte> indices)
    {
        const int clear = 256, end = 257, width = 9;
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        void Emit(int code)
        {
            buffer |= code << bits;
            bits += width;
            while (bits >= 8)
            {
                bytes.Add((byte)(buffer & 0xFF));
                buffer >>= 8;
                bits -= 8;
            }
        }
        Emit(clear);
        var run = 0;
        foreach (var index in indices)
        {
            if (run == 250)
            {
                Emit(clear);
                run = 0;
            }
            Emit(index);
            run++;
        }
        Emit(end);
        if (bits > 0)
        {
            bytes.Add((byte)(buffer & 0xFF));
        }
        return [.. bytes];
    }
}
