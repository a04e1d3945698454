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
    private readonly StageMap _stage;
    private readonly FramePose _pose;
    private readonly NormalizedRect _layerRect;
    private readonly int _layerWidth;
    private readonly int _layerHeight;
    private readonly double _anchorX;
    private readonly double _baseY;
    private readonly double _height;
    private readonly double _stageAspect;
    private readonly int _stageWidth;
    private readonly int _stageHeight;

    /// <param name="layerRect">Where the cut-out bitmap sits on the stage.</param>
    /// <param name="subject">The subject's own bounds on the stage (its base anchors the motion).</param>
    public SubjectMap(FramePose pose, int frameWidth, int frameHeight, int stageWidth, int stageHeight,
        NormalizedRect layerRect, int layerWidth, int layerHeight, NormalizedRect subject)
    {
        _stage = new StageMap(pose with { DepthShear = 0 }, frameWidth, frameHeight, stageWidth, stageHeight);
        _pose = pose;
        _layerRect = layerRect;
        _layerWidth = layerWidth;
        _layerHeight = layerHeight;
        _anchorX = subject.CenterX;
        _baseY = subject.Bottom;
        _height = Math.Max(subject.Height, 1e-3);
        _stageAspect = (double)stageHeight / stageWidth;
        _stageWidth = stageWidth;
        _stageHeight = stageHeight;
    }

    public void Row(int y, out double srcY, out double scaleX, out double offsetX)
    {
        _stage.Row(y, out var stageY, out var stageScaleX, out var stageOffsetX);
        var sv = (stageY + 0.5) / _stageHeight;

        // Parallax: the subject sits nearer, so it moves and grows more, anchored at its base.
        var py = _baseY + (sv - _baseY - _pose.SubjectOffsetY) / _pose.SubjectZoom;
        // Breathing: a slow stretch upward from the base.
        py = _baseY - (_baseY - py) / (1 + _pose.Breath);
        var rise = Math.Clamp((_baseY - py) / _height, 0, 1.2);
        // The head region bobs; the feet stay planted.
        py += _pose.Bob * _height * SmoothStep(0.55, 0.9, rise);
        srcY = (py - _layerRect.Top) / _layerRect.Height * _layerHeight - 0.5;

        // Sway: a shear that grows with height (quadratic, so it bends rather than tilts).
        var sway = _pose.Sway * _height * _stageAspect * rise * rise;
        var su0 = (stageOffsetX + 0.5) / _stageWidth;
        var du = stageScaleX / _stageWidth;
        var px0 = _anchorX + (su0 - _anchorX - _pose.SubjectOffsetX) / _pose.SubjectZoom - sway;
        scaleX = du / _pose.SubjectZoom / _layerRect.Width * _layerWidth;
        offsetX = (px0 - _layerRect.Left) / _layerRect.Width * _layerWidth - 0.5;
    }

    private static double SmoothStep(double edge0, double edge1, double x)
    {
        var t = Math.Clamp((x - edge0) / (edge1 - edge0), 0, 1);
        return t * t * (3 - 2 * t);
    }
}
