using JanitorVideo.TestInputs.Media;
using SkiaSharp;

namespace JanitorVideo.SampleArt;

/// <summary>
/// Writes an animated GIF89a from palette-exact frames, since SkiaSharp encodes no GIF: the
/// frames turned into palette indices (0 transparent, then the palette), written by the tests'
/// own byte-level writer (<see cref="GifBytes"/>), each frame with its own delay.
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
        // Index 0 is the transparent one; the palette follows it. Every frame covers the whole
        // picture and restores to the background, so a transparent pixel never shows the frame before.
        List<(byte R, byte G, byte B)> colours = [(0, 0, 0), .. palette.Select(c => (c.Red, c.Green, c.Blue))];
        return GifBytes.Write(frames[0].Width, frames[0].Height, colours, frames.Select((frame, f) =>
            new GifFrame(0, 0, frame.Width, frame.Height, 0, (int)Math.Round(durationsMs[f] / 10.0), Disposal: 2, TransparentIndex: 0)
            {
                Pixels = [.. Indices(frame, palette)],
            }));
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
}
