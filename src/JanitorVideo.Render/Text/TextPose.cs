namespace JanitorVideo.Render.Text;

/// <summary>
/// How a text sprite is drawn in one frame: its opacity (0 to 1) and its vertical offset from its
/// resting place, in units of the frame's short side (positive moves down), so a slide looks the
/// same at 720p and 1080p. <see cref="TextSprite.Draw"/> turns it into pixels.
/// </summary>
public readonly record struct TextPose(float Opacity, float OffsetY)
{
    /// <summary>Not drawn at all.</summary>
    public static TextPose Hidden => new(0, 0);

    /// <summary>Fully visible at its resting place.</summary>
    public static TextPose Rest => new(1, 0);
}
