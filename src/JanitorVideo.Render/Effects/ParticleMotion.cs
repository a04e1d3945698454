namespace JanitorVideo.Render.Effects;

/// <summary>How a particle moves; the profile of each kind picks one.</summary>
internal enum ParticleMotion
{
    /// <summary>Down through the frame, drifting sideways by the slant, swaying.</summary>
    Fall,

    /// <summary>Falling while spinning and turning over.</summary>
    Tumble,

    /// <summary>Nearly still; flashes in and out, each flash somewhere new.</summary>
    Twinkle,

    /// <summary>Loops slowly around a home point, glow pulsing.</summary>
    Wander,

    /// <summary>Up through the frame, swaying, flickering, fading out as it rises.</summary>
    Rise,
}
