namespace JanitorVideo.Render.Motion;

/// <summary>
/// One row of the motion table: a camera move, how strongly the subject separates from the
/// background (2.5D parallax), the character's idle motion, and handheld drift.
/// </summary>
/// <param name="Parallax">
/// How much further the subject travels than the background for the same camera move (0: flat,
/// like one photo; 0.35: a clear 3D feel). The background also shears by row: lower rows, nearer,
/// move more than the sky.
/// </param>
/// <param name="Orbit">Sideways parallax swing (fraction of the frame width) that returns to centre: an orbit around the subject.</param>
/// <param name="Handheld">Drift amplitude in fractions of the frame's short side (0.004 ≈ a steady hand).</param>
public sealed record MotionPreset(
    string Name,
    string Description,
    CameraMove Camera,
    double Parallax,
    IdleMotion Idle,
    double Orbit = 0,
    double Handheld = 0);
