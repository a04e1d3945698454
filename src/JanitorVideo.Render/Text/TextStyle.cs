using SkiaSharp;

namespace JanitorVideo.Render.Text;

/// <summary>
/// The look of a role at a frame size. Everything scales with the frame's short side, so a title
/// takes the same share of a 720p frame as of a 1080p one. Line metrics are in ems rather than
/// taken from each font, so Latin and CJK lines sit on the same rhythm.
/// </summary>
internal sealed record TextStyle(float FontSize, bool Bold, int MaxLines)
{
    private static readonly Dictionary<TextRole, (float ShortSideShare, bool Bold, int MaxLines)> Roles = new()
    {
        [TextRole.Title] = (0.070f, true, 3),
        [TextRole.Subtitle] = (0.050f, true, 3),
        [TextRole.Caption] = (0.038f, false, 4),
    };

    /// <summary>Distance from a line's top to its baseline.</summary>
    public float Ascent => FontSize * 0.95f;

    /// <summary>Distance from a line's baseline to its bottom.</summary>
    public float Descent => FontSize * 0.25f;

    /// <summary>Baseline to baseline.</summary>
    public float LinePitch => FontSize * 1.3f;

    /// <summary>How far the dark outline reaches beyond the glyphs.</summary>
    public float OutlineWidth => Math.Max(1f, FontSize * 0.045f);

    /// <summary>Blur radius (sigma) of the soft shadow.</summary>
    public float ShadowBlur => Math.Max(1f, FontSize * 0.05f);

    /// <summary>How far the shadow falls below the text.</summary>
    public float ShadowOffsetY => FontSize * 0.04f;

    /// <summary>Room the outline and shadow need around the glyphs, plus a pixel for antialiasing.</summary>
    public float EffectPadding => OutlineWidth + (3 * ShadowBlur) + ShadowOffsetY + 1;

    /// <summary>The block height of <paramref name="lineCount"/> lines.</summary>
    public float BlockHeight(int lineCount) => Ascent + (Math.Max(0, lineCount - 1) * LinePitch) + Descent;

    public static TextStyle For(TextRole role, SKSizeI frame)
    {
        if (!Roles.TryGetValue(role, out var look))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown text role.");
        }

        var shortSide = Math.Min(frame.Width, frame.Height);
        return new TextStyle(shortSide * look.ShortSideShare, look.Bold, look.MaxLines);
    }
}
