namespace JanitorVideo.Render.Motion;

/// <summary>
/// Where everything is at one instant. Camera: zoom (≥ 1) and the view's centre offset as a
/// fraction of the frame (already clamped to the room the zoom leaves). Subject: its parallax
/// offset and zoom relative to the background, and its idle pose.
/// </summary>
public readonly record struct FramePose(
    double Zoom,
    double CenterX,
    double CenterY,
    double DepthShear,
    double SubjectOffsetX,
    double SubjectOffsetY,
    double SubjectZoom,
    double Breath,
    double Sway,
    double Bob);
