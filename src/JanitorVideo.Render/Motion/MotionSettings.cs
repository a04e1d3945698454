namespace JanitorVideo.Render.Motion;

/// <summary>A preset as the user asked for it: stronger or subtler, faster or slower, looping or not.</summary>
/// <param name="Strength">Scales every amplitude (subtle ≈ 0.6, strong ≈ 1.5).</param>
/// <param name="Speed">Scales how far the camera travels over the clip and how quickly idle motion cycles.</param>
/// <param name="Loop">The last frame flows into the first: moves go there and back, periods divide the clip.</param>
public sealed record MotionSettings(MotionPreset Preset, double Strength = 1, double Speed = 1, bool Loop = false);
