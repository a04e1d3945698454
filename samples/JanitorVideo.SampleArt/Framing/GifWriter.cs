using SkiaSharp;

namespace JanitorVideo.SampleArt;

/// <summary>
/// Writes an animated GIF89a from palette-exact frames, since SkiaSharp encodes no GIF. One global
/// colour table (index 0 transparent, then the palette), a looping NETSCAPE block, and per frame a
/// graphic control extension with its own delay and "restore to background", so a transparent
/// pixel never shows the frame before. The LZW stream sends literal codes only, with a clear code
/// every 250, which keeps every code 9 bits wide: valid, if not small.
/// </summary>
internal static class GifWriter
{
    public static byte[] Write(IReadOnlyList<SKBitmap> frames, IReadOnlyList<SKColor> palette, IReadOnlyList<int> durationsMs)
    {
        if (frames.Count == 0 || frames.Count != durationsMs.Count)
        {
            throw new ArgumentException("One duration per frame, and at least one frame.", nameof(durationsMs));
        }
        if (palette.Count > 255)
        {
            throw new ArgumentException("At most 255 colours beside the transparent one.", nameof(palette));
        }
        int width = frames[0].Width, height = frames[0].Height;
        var output = new List<byte>();
        output.AddRange("GIF89a"u8.ToArray());
        AddShort(output, width);
        AddShort(output, height);
        output.AddRange([0xF7, 0, 0]); // a global table of 256 colours; background index 0 (transparent)
        for (var i = 0; i < 256; i++)
        {
            var colour = i >= 1 && i <= palette.Count ? palette[i - 1] : SKColors.Black;
            output.AddRange([colour.Red, colour.Green, colour.Blue]);
        }
        output.AddRange([0x21, 0xFF, 0x0B]);
        output.AddRange("NETSCAPE2.0"u8.ToArray());
        output.AddRange([0x03, 0x01, 0x00, 0x00, 0x00]); // loop forever
        for (var f = 0; f < frames.Count; f++)
        {
            output.AddRange([0x21, 0xF9, 0x04, (2 << 2) | 1]); // restore to background; index 0 is transparent
            AddShort(output, (int)Math.Round(durationsMs[f] / 10.0));
            output.AddRange([0x00, 0x00]);
            output.Add(0x2C);
            AddShort(output, 0);
            AddShort(output, 0);
            AddShort(output, width);
            AddShort(output, height);
            output.Add(0x00);
            output.Add(8);
            AddSubBlocks(output, Lzw(Indices(frames[f], palette)));
        }
        output.Add(0x3B);
        return [.. output];
    }

    private static IEnumerable<byte> Indices(SKBitmap frame, IReadOnlyList<SKColor> palette)
    {
        var lookup = new Dictionary<SKColor, byte>();
        for (var i = 0; i < palette.Count; i++)
        {
            lookup[palette[i]] = (byte)(i + 1);
        }
        for (var y = 0; y < frame.Height; y++)
        {
            for (var x = 0; x < frame.Width; x++)
            {
                var colour = frame.GetPixel(x, y);
                if (colour.Alpha == 0)
                {
                    yield return 0;
                }
                else if (lookup.TryGetValue(colour, out var index))
                {
                    yield return index;
                }
                else
                {
                    throw new InvalidOperationException($"The colour {colour} at ({x}, {y}) is not in the palette.");
                }
            }
        }
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
