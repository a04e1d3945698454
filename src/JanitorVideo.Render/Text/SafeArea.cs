using SkiaSharp;

namespace JanitorVideo.Render.Text;

/// <summary>
/// The part of a frame where text may go. Portrait frames are for short-video apps whose buttons
/// and captions cover the top ~12% and bottom ~20%, so text stays out of those bands; landscape
/// and square frames only keep plain margins. Sides keep 8% either way.
/// </summary>
public static class SafeArea
{
    private const double SideMargin = 0.08;
    private const double PortraitTop = 0.12;
    private const double PortraitBottom = 0.20;
    private const double PlainMargin = 0.08;

    /// <summary>The safe rectangle of a frame of <paramref name="frame"/> pixels.</summary>
    public static SKRectI For(SKSizeI frame)
    {
        if (frame.Width <= 0 || frame.Height <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(frame), frame, "A frame needs a positive width and height.");
        }

        var portrait = frame.Height > frame.Width;
        var side = (int)Math.Round(frame.Width * SideMargin);
        var top = (int)Math.Round(frame.Height * (portrait ? PortraitTop : PlainMargin));
        var bottom = (int)Math.Round(frame.Height * (portrait ? PortraitBottom : PlainMargin));
        return new SKRectI(side, top, frame.Width - side, frame.Height - bottom);
    }
}
