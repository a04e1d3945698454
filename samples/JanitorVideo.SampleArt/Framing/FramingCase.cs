using SkiaSharp;

namespace JanitorVideo.SampleArt;

/// <summary>Which way a character looks: framing leaves look room on that side.</summary>
public enum Facing
{
    Front,
    Right,
    Left,
}

/// <summary>The picture edges that cut the subject (a bust's waist, a figure leaning in from the side).</summary>
[Flags]
public enum CutEdges
{
    None = 0,
    Left = 1,
    Right = 2,
    Top = 4,
    Bottom = 8,
}

/// <summary>
/// One picture of the framing test set with what is known about it: where the subject and its head
/// are, which edges cut it and which way it looks. Every box is measured from the geometry that is
/// drawn, in image pixels, right and bottom exclusive, and clipped to the picture.
/// </summary>
public sealed record FramingCase
{
    private readonly Func<IReadOnlyList<SKBitmap>> _drawFrames;

    internal FramingCase(Func<IReadOnlyList<SKBitmap>> drawFrames) => _drawFrames = drawFrames;

    /// <summary>File-name safe: "bust-transparent".</summary>
    public required string Name { get; init; }

    public required string Description { get; init; }

    public required int Width { get; init; }

    public required int Height { get; init; }

    /// <summary>Everything of the character(s): body, clothes and what they hold.</summary>
    public required SKRectI SubjectBox { get; init; }

    /// <summary>Each character's head with its hair and headwear: what a crop must never cut.</summary>
    public required IReadOnlyList<SKRectI> Heads { get; init; }

    /// <summary>The union of <see cref="Heads"/> (one head, or the whole group's).</summary>
    public SKRectI HeadBox => Heads.Aggregate((a, b) => SKRectI.Union(a, b));

    public required CutEdges CutEdges { get; init; }

    public required Facing Facing { get; init; }

    /// <summary>True when the background is transparent, so the alpha outlines the subject.</summary>
    public required bool Transparent { get; init; }

    /// <summary>Pixel art must be scaled with hard edges (nearest neighbour), never smoothed.</summary>
    public bool PixelArt => ArtPixelSize > 0;

    /// <summary>How many image pixels one art pixel covers; 0 for painted pictures.</summary>
    public int ArtPixelSize { get; init; }

    /// <summary>Every opaque colour a pixel-art picture uses (transparency aside); empty otherwise.</summary>
    public IReadOnlyList<SKColor> Palette { get; init; } = [];

    /// <summary>Per-frame durations of an animated picture, in milliseconds; empty for a still.</summary>
    public IReadOnlyList<int> FrameDurationsMs { get; init; } = [];

    public bool Animated => FrameDurationsMs.Count > 0;

    public string FileName => $"{Name}.{(Animated ? "gif" : "png")}";

    /// <summary>The picture, drawn anew (the caller disposes it); an animation's first frame.</summary>
    public SKBitmap Draw()
    {
        var frames = _drawFrames();
        for (var i = 1; i < frames.Count; i++)
        {
            frames[i].Dispose();
        }
        return frames[0];
    }

    /// <summary>Every frame, drawn anew (the caller disposes them); a still has one.</summary>
    public IReadOnlyList<SKBitmap> DrawFrames() => _drawFrames();

    /// <summary>The file as it is written: PNG for a still, GIF89a for an animation.</summary>
    public byte[] Encode()
    {
        var frames = _drawFrames();
        try
        {
            if (Animated)
            {
                return GifWriter.Write(frames, Palette, FrameDurationsMs);
            }
            using var data = frames[0].Encode(SKEncodedImageFormat.Png, 100);
            return data.ToArray();
        }
        finally
        {
            foreach (var frame in frames)
            {
                frame.Dispose();
            }
        }
    }
}
