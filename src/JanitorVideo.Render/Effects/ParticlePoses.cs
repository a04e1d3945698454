namespace JanitorVideo.Render.Effects;

/// <summary>
/// Where each particle is at a moment: pure functions of the particle and the time, so any frame
/// can be drawn on its own, in any order, on any thread.
/// </summary>
internal static class ParticlePoses
{
    /// <summary>The share of a short life spent fading in, and again fading out.</summary>
    private const float FadeShare = 0.2f;

    /// <summary>The share of a rising crossing over which embers burn out.</summary>
    private const float BurnOutShare = 0.45f;

    public static ParticlePose At(ParticleProfile profile, in Particle p, double seconds, float width, float height) => profile.Motion switch
    {
        ParticleMotion.Fall => Fall(profile, p, seconds, width, height),
        ParticleMotion.Tumble => Tumble(p, seconds, width, height),
        ParticleMotion.Twinkle => Twinkle(p, seconds, width, height),
        ParticleMotion.Wander => Wander(profile, p, seconds),
        ParticleMotion.Rise => Rise(profile, p, seconds, width, height),
        _ => throw new InvalidOperationException($"No motion {profile.Motion}."),
    };

    private static ParticlePose Fall(ParticleProfile profile, in Particle p, double seconds, float width, float height)
    {
        var (x, y, _, fade) = Travelling(p, seconds, width, height);

        // Streaks lean along their own path.
        float degrees = profile.Sprite == SpriteShape.Streak ? -MathF.Atan(p.Slant) * (180f / MathF.PI) : 0f;
        return new(x, y, degrees, p.Diameter, p.Alpha * fade, 1f);
    }

    private static ParticlePose Tumble(in Particle p, double seconds, float width, float height)
    {
        var (x, y, _, fade) = Travelling(p, seconds, width, height);
        float degrees = (float)(p.Spin.Cycles(seconds) % 1.0 * 360.0);
        float turn = (float)Math.Cos(2 * Math.PI * p.Flip.Cycles(seconds));
        return new(x, y, degrees, p.Diameter, p.Alpha * fade, turn);
    }

    private static ParticlePose Rise(ParticleProfile profile, in Particle p, double seconds, float width, float height)
    {
        var (x, y, along, fade) = Travelling(p, seconds, width, height);
        y = height - y;
        float burnOut = p.Crossing ? Math.Clamp((1f - along) / BurnOutShare, 0f, 1f) : 1f;
        float shrink = p.Crossing ? 1f - (0.35f * along) : 1f;
        return new(x, y, 0f, p.Diameter * shrink, p.Alpha * fade * burnOut * Flicker(profile, p, seconds), 1f);
    }

    private static ParticlePose Twinkle(in Particle p, double seconds, float width, float height)
    {
        // Each flash is a new star somewhere else; between flashes it is dark, so the jump is never seen.
        var (lane, within) = p.Twinkle.Split(seconds);
        var (a, b) = LanePlace(p, lane);
        float flash = MathF.Pow(MathF.Sin(MathF.PI * (float)within), 3);
        float x = (a * width) + (p.WanderAmplitude * (float)p.WanderX.Sin(seconds));
        float y = (b * height) + (p.WanderAmplitude * (float)p.WanderY.Sin(seconds));
        float degrees = (float)(p.Spin.Cycles(seconds) % 1.0 * 360.0);
        return new(x, y, degrees, p.Diameter * (0.4f + (0.6f * flash)), p.Alpha * flash, 1f);
    }

    private static ParticlePose Wander(ParticleProfile profile, in Particle p, double seconds)
    {
        float x = p.HomeX + (p.WanderAmplitude * (float)((0.65 * p.WanderX.Sin(seconds)) + (0.35 * p.WanderX2.Sin(seconds))));
        float y = p.HomeY + (p.WanderAmplitude * (float)((0.65 * p.WanderY.Sin(seconds)) + (0.35 * p.WanderY2.Sin(seconds))));
        float glow = Flicker(profile, p, seconds);
        return new(x, y, 0f, p.Diameter * (0.8f + (0.2f * glow)), p.Alpha * glow, 1f);
    }

    /// <summary>
    /// The travelling particles' path: down the frame (callers flip it to rise), a fresh column
    /// each trip, drifting by the slant and swaying. Along is 0..1 through the trip; fade is the
    /// fade in and out of a short life (1 for a full crossing).
    /// </summary>
    private static (float X, float Y, float Along, float Fade) Travelling(in Particle p, double seconds, float width, float height)
    {
        var (lane, within) = p.Travel.Split(seconds);
        var (a, b) = LanePlace(p, lane);
        float along = (float)within;
        float drift = p.Slant * p.PathLength;
        float startX = -Math.Max(drift, 0f) + (a * (width + Math.Abs(drift)));
        float x = startX + (drift * along) + (p.SwayAmplitude * (float)p.Sway.Sin(seconds));
        if (p.Crossing)
        {
            return (x, -p.Margin + (along * p.PathLength), along, 1f);
        }

        float startY = -p.Margin + (b * (height + (2 * p.Margin) - p.PathLength));
        float fade = SmoothStep(Math.Min(along, 1f - along) / FadeShare);
        return (x, startY + (along * p.PathLength), along, fade);
    }

    /// <summary>1 at the bright point of the twinkle, down to 1 − depth at the dim point.</summary>
    private static float Flicker(ParticleProfile profile, in Particle p, double seconds)
    {
        float glow = 0.5f + (0.5f * (float)p.Twinkle.Sin(seconds));
        return 1f - (profile.TwinkleDepth * (1f - (glow * glow)));
    }

    /// <summary>Two fractions 0..1 that a particle's seed and a cycle number always give alike.</summary>
    private static (float A, float B) LanePlace(in Particle p, long lane)
    {
        uint hash = SeededRandom.Hash(p.Seed, (uint)lane);
        return ((hash & 0xFFFF) / 65536f, (hash >> 16) / 65536f);
    }

    private static float SmoothStep(float x)
    {
        x = Math.Clamp(x, 0f, 1f);
        return x * x * (3 - (2 * x));
    }
}
