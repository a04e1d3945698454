namespace JanitorVideo.Render.Motion;

/// <summary>
/// A camera move over the stage: zoom and pan at the start and at the end, eased between.
/// Pans are fractions of the slack the zoom leaves (−1 … 1: from one edge of the room to the other).
/// </summary>
public sealed record CameraMove(double ZoomFrom, double ZoomTo, double PanXFrom = 0, double PanXTo = 0, double PanYFrom = 0, double PanYTo = 0);
