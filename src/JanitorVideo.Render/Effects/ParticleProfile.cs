using SkiaSharp;

namespace JanitorVideo.Render.Effects;

/// <summary>
/// How one kind of particle looks and moves. Sizes and distances are pixels on a frame whose short
/// side is 1080 (scaled for other sizes), for a particle in the middle of the depth range; speeds
/// are frame heights per second; times are seconds (0 means the motion is off).
/// </summary>
internal sealed record ParticleProfile
{
    /// <summary>How many on a 1080x1920 frame at density 1; scaled by frame area.</summary>
    public required int Count { get; init; }

    public required ParticleMotion Motion { get; init; }

    public required SpriteShape Sprite { get; init; }

    /// <summary>SrcOver for things with body, Plus for things that give light.</summary>
    public required SKBlendMode Blend { get; init; }

    public required (float Min, float Max) Diameter { get; init; }

    public required (float Min, float Max) Alpha { get; init; }

    public (double Min, double Max) Speed { get; init; }

    /// <summary>Sideways drift per pixel travelled; the sign is random when <see cref="EitherWay"/>.</summary>
    public float Slant { get; init; }

    public bool EitherWay { get; init; }

    public (float Min, float Max) Sway { get; init; }

    public (double Min, double Max) SwaySeconds { get; init; }

    /// <summary>Seconds per turn of the spin, either direction.</summary>
    public (double Min, double Max) SpinSeconds { get; init; }

    /// <summary>Seconds per turn over (petals).</summary>
    public (double Min, double Max) FlipSeconds { get; init; }

    /// <summary>Seconds per twinkle, glow pulse or flicker.</summary>
    public (double Min, double Max) TwinkleSeconds { get; init; }

    /// <summary>How much the twinkle dims the particle at its low point (0 not at all, 1 to nothing).</summary>
    public float TwinkleDepth { get; init; }

    /// <summary>Radius of the wandering loops, in pixels.</summary>
    public float Wander { get; init; }

    public (double Min, double Max) WanderSeconds { get; init; }

    /// <summary>The share of particles in front of the subject.</summary>
    public required float FrontShare { get; init; }

    public required SKColor[] Tints { get; init; }
}
