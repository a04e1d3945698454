using JanitorVideo.Render.Motion;

namespace JanitorVideo.Render.Compose;

/// <summary>
/// The camera over the stage (backdrop and background): zoom, the view's centre, and a shear by
/// row so lower (nearer) rows travel further sideways than the sky.
/// </summary>
/// <param name="stageWidth">The stage bitmap's width (a painted stage may be smaller than the layout's).</param>
/// <param name="rowDepth">Per layout stage row, depth relative to the mean (nearer rows positive); null shears linearly by height.</param>
public readonly struct StageMap(FramePose pose, int frameWidth, int frameHeight, int stageWidth, int stageHeight, float[]? rowDepth = null) : IRowMap
{
    private readonly double _zoom = pose.Zoom;
    private readonly double _centerX = pose.CenterX;
    private readonly double _centerY = pose.CenterY;
    private readonly double _shear = ClampShear(pose);

    public void Row(int y, out double srcY, out double scaleX, out double offsetX)
    {
        var v = (y + 0.5) / frameHeight;
        var sv = 0.5 + _centerY + (v - 0.5) / _zoom;
        srcY = sv * stageHeight - 0.5;
        scaleX = stageWidth / (frameWidth * _zoom);
        var depth = rowDepth is null ? sv - 0.5 : Math.Clamp(2 * rowDepth[Math.Clamp((int)(sv * rowDepth.Length), 0, rowDepth.Length - 1)], -0.5, 0.5);
        var su0 = 0.5 + _centerX + _shear * depth + (0.5 / frameWidth - 0.5) / _zoom;
        offsetX = su0 * stageWidth - 0.5;
    }

    // The shear may use only the room the zoom leaves after the pan, or edges would show.
    private static double ClampShear(FramePose pose)
    {
        var room = Math.Max(0, (1 - 1 / pose.Zoom) / 2 - Math.Abs(pose.CenterX));
        return Math.Clamp(pose.DepthShear, -2 * room, 2 * room);
    }
}
