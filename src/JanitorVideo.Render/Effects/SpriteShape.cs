namespace JanitorVideo.Render.Effects;

/// <summary>The pre-drawn white sprites particles are made of; each particle tints its sprite.</summary>
internal enum SpriteShape
{
    /// <summary>A soft-edged disc: snow, dust.</summary>
    SoftDisc,

    /// <summary>A bright core in a wide halo: fireflies, embers.</summary>
    Glow,

    /// <summary>A four-point star with a soft centre: sparkles.</summary>
    Star,

    /// <summary>A thin line along the particle's path: rain. Drawn as a line, not from the atlas.</summary>
    Streak,

    /// <summary>A petal, drawn at several widths so turning it fakes 3-D tumbling.</summary>
    Petal,
}
