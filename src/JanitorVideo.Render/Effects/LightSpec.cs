namespace JanitorVideo.Render.Effects;

/// <summary>
/// The light and colour of a clip: a grade, a vignette (0 none .. 1 strong), film grain (0 none ..
/// 1 strong), a soft light sweep crossing the frame, a gentle glow pulse, and fades from and to black.
/// </summary>
public sealed record LightSpec(
    ColorGrade Grade = ColorGrade.None,
    float Vignette = 0f,
    float Grain = 0f,
    bool Sweep = false,
    bool GlowPulse = false,
    double FadeInSeconds = 0,
    double FadeOutSeconds = 0)
{
    /// <summary>Throws <see cref="RenderInputException"/> when a value is out of range.</summary>
    internal void Validate()
    {
        if (!Enum.IsDefined(Grade))
        {
            throw new RenderInputException($"Unknown colour grade {(int)Grade}; use one of: {string.Join(", ", Enum.GetNames<ColorGrade>())}.");
        }

        RequireFraction(Vignette, "vignette");
        RequireFraction(Grain, "film grain");
        RequireSeconds(FadeInSeconds, "fade-in");
        RequireSeconds(FadeOutSeconds, "fade-out");
    }

    private static void RequireFraction(float value, string what)
    {
        if (!(value >= 0f && value <= 1f))
        {
            throw new RenderInputException($"The {what} strength must be between 0 (none) and 1 (strong); it was {value}.");
        }
    }

    private static void RequireSeconds(double value, string what)
    {
        if (!(value >= 0 && double.IsFinite(value)))
        {
            throw new RenderInputException($"The {what} length must be zero or more seconds; it was {value}.");
        }
    }
}
