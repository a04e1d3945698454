using SkiaSharp;

namespace JanitorVideo.Render.Text;

/// <summary>
/// A text layer rendered once at its final pixel size: a tightly cropped Bgra8888 premultiplied
/// image (shadow included) and where its top-left goes in the frame. The compositor draws it every
/// frame with the <see cref="TextPose"/> from <see cref="TextAnimation"/>; at rest it lands on
/// whole pixels and is copied without resampling, so it stays as crisp as it was drawn.
/// </summary>
public sealed class TextSprite : IDisposable
{
    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear);
    private readonly int _frameShortSide;

    internal TextSprite(SKImage image, SKPointI position, int frameShortSide, IReadOnlyList<string> lines)
    {
        Image = image;
        Position = position;
        Lines = lines;
        _frameShortSide = frameShortSide;
    }

    /// <summary>The rendered text with its outline and shadow.</summary>
    public SKImage Image { get; }

    /// <summary>Top-left of <see cref="Image"/> in the frame when the layer rests.</summary>
    public SKPointI Position { get; }

    /// <summary>The lines as drawn, after wrapping and cutting (the last ends with an ellipsis when text was cut).</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>Where the sprite covers the frame at rest.</summary>
    public SKRectI Bounds => SKRectI.Create(Position.X, Position.Y, Image.Width, Image.Height);

    /// <summary>The top-left in the frame for a pose (its offset is in units of the frame's short side).</summary>
    public SKPoint TopLeftAt(TextPose pose) => new(Position.X, Position.Y + (pose.OffsetY * _frameShortSide));

    /// <summary>Draws the sprite onto a frame canvas in a pose; nothing when it is fully transparent.</summary>
    public void Draw(SKCanvas canvas, TextPose pose)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        if (!(pose.Opacity > 0))
        {
            return;
        }

        var at = TopLeftAt(pose);
        if (pose.Opacity >= 1)
        {
            canvas.DrawImage(Image, at.X, at.Y, Sampling, null);
            return;
        }

        using var paint = new SKPaint { Color = SKColors.White.WithAlpha((byte)Math.Round(pose.Opacity * 255)) };
        canvas.DrawImage(Image, at.X, at.Y, Sampling, paint);
    }

    public void Dispose() => Image.Dispose();
}
