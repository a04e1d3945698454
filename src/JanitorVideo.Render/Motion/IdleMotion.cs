namespace JanitorVideo.Render.Motion;

/// <summary>
/// "Alive" motion for a character, in the manner of Live2D idles. Amplitudes are fractions of the
/// subject's height; periods are nominal and get fitted to the clip so the motion loops.
/// </summary>
/// <param name="Breath">Vertical scale amplitude, anchored at the subject's base (0.008 ≈ a calm breath).</param>
/// <param name="Sway">Horizontal shear at the top of the subject, growing with height.</param>
/// <param name="Bob">Vertical bob of the head region.</param>
public sealed record IdleMotion(double Breath, double Sway, double Bob, double BreathPeriod = 4.0, double SwayPeriod = 6.0)
{
    public static IdleMotion None { get; } = new(0, 0, 0);

    public bool IsNone => Breath == 0 && Sway == 0 && Bob == 0;
}
