namespace JanitorVideo.Render.Motion;

/// <summary>
/// The motion table. Gentle by design: zooms stay within 1.00–1.15 and are eased, because camera
/// moves alone read as a documentary while small, smooth motion reads as life.
/// </summary>
public static class MotionPresets
{
    private static readonly IdleMotion Calm = new(Breath: 0.008, Sway: 0.006, Bob: 0.004);
    private static readonly IdleMotion Subtle = new(Breath: 0.005, Sway: 0.003, Bob: 0.002);

    public static MotionPreset PushIn { get; } = new("push-in", "a slow push in toward the subject",
        new CameraMove(1.0, 1.12), Parallax: 0.25, Subtle);

    public static MotionPreset PullOut { get; } = new("pull-out", "a slow pull back revealing the scene",
        new CameraMove(1.12, 1.0), Parallax: 0.25, Subtle);

    public static MotionPreset PanLeft { get; } = new("pan-left", "the camera glides to the left",
        new CameraMove(1.10, 1.10, PanXFrom: 0.8, PanXTo: -0.8), Parallax: 0.3, Subtle);

    public static MotionPreset PanRight { get; } = new("pan-right", "the camera glides to the right",
        new CameraMove(1.10, 1.10, PanXFrom: -0.8, PanXTo: 0.8), Parallax: 0.3, Subtle);

    public static MotionPreset PanUp { get; } = new("pan-up", "the camera tilts up",
        new CameraMove(1.10, 1.10, PanYFrom: 0.8, PanYTo: -0.8), Parallax: 0.2, Subtle);

    public static MotionPreset PanDown { get; } = new("pan-down", "the camera tilts down",
        new CameraMove(1.10, 1.10, PanYFrom: -0.8, PanYTo: 0.8), Parallax: 0.2, Subtle);

    public static MotionPreset ParallaxDolly { get; } = new("parallax-dolly", "a 2.5D dolly: the subject comes forward out of the scene",
        new CameraMove(1.02, 1.12), Parallax: 0.45, Subtle);

    public static MotionPreset ParallaxOrbit { get; } = new("parallax-orbit", "a 2.5D orbit: the camera swings around the subject",
        new CameraMove(1.08, 1.08), Parallax: 0.45, Subtle, Orbit: 0.035);

    public static MotionPreset Idle { get; } = new("idle", "the character breathes and sways; the camera stays still",
        new CameraMove(1.03, 1.03), Parallax: 0, Calm);

    public static MotionPreset Handheld { get; } = new("handheld", "a steady handheld drift",
        new CameraMove(1.06, 1.06), Parallax: 0.2, Subtle, Handheld: 0.006);

    /// <summary>Every preset but <c>auto</c>, which <see cref="Auto"/> resolves from the image.</summary>
    public static IReadOnlyList<MotionPreset> All { get; } =
        [PushIn, PullOut, PanLeft, PanRight, PanUp, PanDown, ParallaxDolly, ParallaxOrbit, Idle, Handheld];

    public const string AutoName = "auto";

    public static MotionPreset? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// <c>auto</c>: transparent character art gets idle motion with a slow push-in on its backdrop;
    /// a wide painted scene gets a parallax dolly; a portrait or square opaque image gets a gentle
    /// parallax push-in with a breath of idle motion.
    /// </summary>
    public static MotionPreset Auto(bool transparentCharacter, double imageAspect) =>
        transparentCharacter
            ? Idle with { Name = "auto (idle + push-in)", Camera = new CameraMove(1.0, 1.08), Parallax = 0.15 }
            : imageAspect >= 1.2
                ? ParallaxDolly with { Name = "auto (parallax dolly)" }
                : PushIn with { Name = "auto (parallax push-in)", Parallax = 0.35, Idle = Subtle };
}
