using SkiaSharp;

namespace JanitorVideo.Render.Effects;

/// <summary>
/// One particle's fixed character, chosen once from the seed: where it lives, how big and bright
/// it is, and the oscillators that move it. Its place at any moment is computed from these alone
/// (<see cref="ParticlePoses"/>), never stepped from the frame before.
/// </summary>
internal readonly record struct Particle
{
    public ParticleLayer Layer { get; init; }

    /// <summary>0..1 within the layer: far to near. Particles are drawn in this order.</summary>
    public float Depth { get; init; }

    /// <summary>Picks a fresh place for each cycle of <see cref="Travel"/> or <see cref="Twinkle"/>.</summary>
    public uint Seed { get; init; }

    /// <summary>Home point in pixels, for particles that wander around one.</summary>
    public float HomeX { get; init; }

    public float HomeY { get; init; }

    public float Diameter { get; init; }

    public float Alpha { get; init; }

    public SKColor Tint { get; init; }

    /// <summary>One cycle is one trip: across the whole frame (<see cref="Crossing"/>), or a shorter stretch that fades in and out.</summary>
    public Oscillator Travel { get; init; }

    /// <summary>Pixels travelled down (or up) per cycle of <see cref="Travel"/>.</summary>
    public float PathLength { get; init; }

    public bool Crossing { get; init; }

    /// <summary>How far outside the frame a crossing starts and ends, so it enters and leaves unseen.</summary>
    public float Margin { get; init; }

    /// <summary>Sideways drift per pixel travelled.</summary>
    public float Slant { get; init; }

    public Oscillator Sway { get; init; }

    public float SwayAmplitude { get; init; }

    public Oscillator Spin { get; init; }

    public Oscillator Flip { get; init; }

    public Oscillator Twinkle { get; init; }

    public Oscillator WanderX { get; init; }

    public Oscillator WanderY { get; init; }

    public Oscillator WanderX2 { get; init; }

    public Oscillator WanderY2 { get; init; }

    public float WanderAmplitude { get; init; }
}
