using JanitorVideo.Render.Framing;

namespace JanitorVideo.Render.Motion;

/// <summary>A preset as the user asked for it: stronger or subtler, faster or slower, looping or not.</summary>
/// <param name="Strength">Scales every amplitude (subtle ≈ 0.6, strong ≈ 1.5).</param>
/// <param name="Speed">Scales how far the camera travels over the clip and how quickly idle motion cycles.</param>
/// <param name="Loop">The last frame flows into the first: moves go there and back, periods divide the clip.</param>
/// <param name="Limits">Where the framing needs the camera to keep the subject's head and cut edges; null leaves the path as the preset draws it.</param>
public sealed record MotionSettings(MotionPreset Preset, double Strength = 1, double Speed = 1, bool Loop = false, CameraLimits? Limits = null);
