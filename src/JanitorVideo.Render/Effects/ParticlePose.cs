namespace JanitorVideo.Render.Effects;

/// <summary>
/// Where and how one particle shows at one moment: centre in pixels, rotation, size, opacity, and
/// <paramref name="Turn"/> (cos of the tumble: 1 face-on, 0 edge-on, below 0 the back side).
/// </summary>
internal readonly record struct ParticlePose(float X, float Y, float Degrees, float Diameter, float Alpha, float Turn);
