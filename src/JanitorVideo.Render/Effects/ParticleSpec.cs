namespace JanitorVideo.Render.Effects;

/// <summary>
/// A particle effect: the kind, how many (<paramref name="Density"/>: 1 is the usual amount, 0 none,
/// up to 5) and how fast (<paramref name="Speed"/>: 1 is natural, above 0 up to 5).
/// </summary>
public sealed record ParticleSpec(ParticleKind Kind, float Density = 1f, float Speed = 1f)
{
    /// <summary>The most <see cref="Density"/> may be.</summary>
    public const float MaxDensity = 5f;

    /// <summary>The most <see cref="Speed"/> may be.</summary>
    public const float MaxSpeed = 5f;

    /// <summary>Throws <see cref="RenderInputException"/> when a value is out of range.</summary>
    internal void Validate()
    {
        if (!Enum.IsDefined(Kind))
        {
            throw new RenderInputException($"Unknown particle kind {(int)Kind}; use one of: {string.Join(", ", Enum.GetNames<ParticleKind>())}.");
        }

        if (!(Density >= 0f && Density <= MaxDensity))
        {
            throw new RenderInputException($"Particle density must be between 0 (none) and {MaxDensity}; 1 is the usual amount. It was {Density}.");
        }

        if (!(Speed > 0f && Speed <= MaxSpeed))
        {
            throw new RenderInputException($"Particle speed must be above 0 and at most {MaxSpeed}; 1 is natural. It was {Speed}.");
        }
    }
}
