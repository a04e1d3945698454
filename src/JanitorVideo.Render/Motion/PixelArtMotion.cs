namespace JanitorVideo.Render.Motion;

/// <summary>
/// The camera and idle motion of one instant, for pixel art: where the art's top-left lands and
/// whether it breathes in, in whole art pixels. The art is never resized, sheared or placed
/// between pixels: the camera carries its anchor (the subject's centre) as it would carry any
/// subject, and the shift is rounded to whole multiples of the art's scale; a breath is one art
/// pixel of the upper body, raised while the breath is more than half drawn in.
/// </summary>
/// <param name="Left">Frame column of the art's left edge.</param>
/// <param name="Top">Frame row of the art's top edge (before the lift).</param>
/// <param name="Lift">Art rows the upper body is raised (0 or 1).</param>
public readonly record struct PixelArtMotion(int Left, int Top, int Lift)
{
    /// <param name="pose">The pose as <see cref="MotionPath"/> gives it for the smooth path.</param>
    /// <param name="settings">The motion, for the breath's full depth.</param>
    /// <param name="anchorX">The subject's centre at rest, as a fraction of the frame.</param>
    /// <param name="anchorY">The subject's centre at rest, as a fraction of the frame.</param>
    /// <param name="baseY">The subject's base, as a fraction of the frame (its parallax zoom grows from there).</param>
    /// <param name="left">The art's left edge at rest, in frame pixels.</param>
    /// <param name="top">The art's top edge at rest, in frame pixels.</param>
    /// <param name="scale">Frame pixels per art pixel.</param>
    /// <param name="room">How far the art may move each way, in frame pixels.</param>
    public static PixelArtMotion At(FramePose pose, MotionSettings settings, int frameWidth, int frameHeight,
        double anchorX, double anchorY, double baseY, int left, int top, int scale, (int X, int Y) room)
    {
        ArgumentNullException.ThrowIfNull(settings);
        // Where the subject's centre goes: its parallax (travel, growth from its base), then the
        // camera's zoom about the view's centre, as the smooth path's subject map has it.
        var stageX = anchorX + pose.SubjectOffsetX;
        var stageY = baseY + pose.SubjectOffsetY + (anchorY - baseY) * pose.SubjectZoom;
        var frameX = 0.5 + (stageX - 0.5 - pose.CenterX) * pose.Zoom;
        var frameY = 0.5 + (stageY - 0.5 - pose.CenterY) * pose.Zoom;
        var dx = Snap((frameX - anchorX) * frameWidth, scale, room.X);
        var dy = Snap((frameY - anchorY) * frameHeight, scale, room.Y);

        var depth = settings.Preset.Idle.Breath * settings.Strength;
        var lift = depth > 0 && pose.Breath >= depth / 2 ? 1 : 0;
        return new PixelArtMotion(left + dx, top + dy, lift);
    }

    // The nearest whole number of art pixels, within the room.
    private static int Snap(double shift, int scale, int room)
    {
        var most = room / scale;
        return Math.Clamp((int)Math.Round(shift / scale, MidpointRounding.AwayFromZero), -most, most) * scale;
    }
}
