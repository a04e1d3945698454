using JanitorVideo.Render.Framing;
using JanitorVideo.Render.Motion;

namespace JanitorVideo.Render.Compose;

/// <summary>
/// The subject cut-out through the camera, with its parallax (further travel, a little more zoom,
/// anchored at its base) and its idle pose: breathing stretches it up from the base, sway shears
/// it more the higher it goes, the head bobs.
/// </summary>
public readonly struct SubjectMap : IRowMap
{
    private readonly StageMap stage;
    private readonly FramePose pose;
    private readonly NormalizedRect layerRect;
    private readonly int layerWidth;
    private readonly int layerHeight;
    private readonly double anchorX;
    private readonly double baseY;
    private readonly double height;
    private readonly double stageAspect;
    private readonly int stageWidth;
    private readonly int stageHeight;

    /// <param name="layerRect">Where the cut-out bitmap sits on the stage.</param>
    /// <param name="subject">The subject's own bounds on the stage (its base anchors the motion).</param>
    public SubjectMap(FramePose pose, int frameWidth, int frameHeight, int stageWidth, int stageHeight,
        NormalizedRect layerRect, int layerWidth, int layerHeight, NormalizedRect subject)
    {
        stage = new StageMap(pose with { DepthShear = 0 }, frameWidth, frameHeight, stageWidth, stageHeight);
        this.pose = pose;
        this.layerRect = layerRect;
        this.layerWidth = layerWidth;
        this.layerHeight = layerHeight;
        anchorX = subject.CenterX;
        baseY = subject.Bottom;
        height = Math.Max(subject.Height, 1e-3);
        stageAspect = (double)stageHeight / stageWidth;
        this.stageWidth = stageWidth;
        this.stageHeight = stageHeight;
    }

    public void Row(int y, out double srcY, out double scaleX, out double offsetX)
    {
        stage.Row(y, out var stageY, out var stageScaleX, out var stageOffsetX);
        var sv = (stageY + 0.5) / stageHeight;

        // Parallax: the subject sits nearer, so it moves and grows more, anchored at its base.
        var py = baseY + (sv - baseY - pose.SubjectOffsetY) / pose.SubjectZoom;
        // Breathing: a slow stretch upward from the base.
        py = baseY - (baseY - py) / (1 + pose.Breath);
        var rise = Math.Clamp((baseY - py) / height, 0, 1.2);
        // The head region bobs; the feet stay planted.
        py += pose.Bob * height * SmoothStep(0.55, 0.9, rise);
        srcY = (py - layerRect.Top) / layerRect.Height * layerHeight - 0.5;

        // Sway: a shear that grows with height (quadratic, so it bends rather than tilts).
        var sway = pose.Sway * height * stageAspect * rise * rise;
        var su0 = (stageOffsetX + 0.5) / stageWidth;
        var du = stageScaleX / stageWidth;
        var px0 = anchorX + (su0 - anchorX - pose.SubjectOffsetX) / pose.SubjectZoom - sway;
        scaleX = du / pose.SubjectZoom / layerRect.Width * layerWidth;
        offsetX = (px0 - layerRect.Left) / layerRect.Width * layerWidth - 0.5;
    }

    private static double SmoothStep(double edge0, double edge1, double x)
    {
        var t = Math.Clamp((x - edge0) / (edge1 - edge0), 0, 1);
        return t * t * (3 - 2 * t);
    }
}
