namespace JanitorVideo.Render.Text;

/// <summary>
/// The pose of a text layer at a moment: pure maths on the spec, evaluated per frame while the
/// sprite itself is rendered once. Visible on [start, end); entrances and exits take 0.4 s, or a
/// third of the layer when it is shorter, so a short layer still rests fully visible in between.
/// </summary>
public static class TextAnimation
{
    /// <summary>How long an entrance or exit takes on a layer long enough for it.</summary>
    public const double TransitionSeconds = 0.4;

    /// <summary>How far a slide travels, in units of the frame's short side.</summary>
    public const float SlideDistance = 0.04f;

    /// <summary>The opacity and offset of <paramref name="spec"/> at <paramref name="seconds"/> into the clip.</summary>
    public static TextPose At(TextLayerSpec spec, double seconds)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var duration = spec.EndSeconds - spec.StartSeconds;
        // Written so NaN anywhere falls through to hidden.
        if (!(duration > 0) || !(seconds >= spec.StartSeconds && seconds < spec.EndSeconds))
        {
            return TextPose.Hidden;
        }

        var transition = Math.Min(TransitionSeconds, duration / 3);
        var entered = EaseOut(Math.Clamp((seconds - spec.StartSeconds) / transition, 0, 1));
        var remaining = EaseOut(Math.Clamp((spec.EndSeconds - seconds) / transition, 0, 1));

        var (inOpacity, inOffset) = Enter(spec.In, entered);
        var (outOpacity, outOffset) = Leave(spec.Out, remaining);
        return new TextPose((float)(inOpacity * outOpacity), (float)(inOffset + outOffset));
    }

    private static (double Opacity, double Offset) Enter(TextMotion motion, double progress) => motion switch
    {
        TextMotion.Fade => (progress, 0),
        TextMotion.SlideUp => (progress, SlideDistance * (1 - progress)),
        TextMotion.SlideDown => (progress, -SlideDistance * (1 - progress)),
        _ => (1, 0),
    };

    // "left" is 1 while the layer rests and falls to 0 at its end, so an exit starts gently and speeds up.
    private static (double Opacity, double Offset) Leave(TextMotion motion, double left) => motion switch
    {
        TextMotion.Fade => (left, 0),
        TextMotion.SlideUp => (left, -SlideDistance * (1 - left)),
        TextMotion.SlideDown => (left, SlideDistance * (1 - left)),
        _ => (1, 0),
    };

    private static double EaseOut(double t)
    {
        var rest = 1 - t;
        return 1 - (rest * rest * rest);
    }
}
