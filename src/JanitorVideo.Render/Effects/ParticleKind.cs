namespace JanitorVideo.Render.Effects;

/// <summary>What the particles are; each kind has its own look and motion.</summary>
public enum ParticleKind
{
    /// <summary>Soft white discs drifting down with a sway.</summary>
    Snow,

    /// <summary>Pink petals tumbling and drifting down at a slant.</summary>
    Petals,

    /// <summary>Small four-point stars twinkling in place.</summary>
    Sparkles,

    /// <summary>Warm glowing dots wandering slowly, their glow pulsing.</summary>
    Fireflies,

    /// <summary>Thin slanted streaks falling fast.</summary>
    Rain,

    /// <summary>Orange glowing dots rising and flickering out.</summary>
    Embers,

    /// <summary>Tiny faint motes floating in the light.</summary>
    Dust,
}
