using System.Text.Json;
using System.Text.Json.Nodes;
using JanitorVideo.Render.Effects;
using JanitorVideo.Render.Motion;
using JanitorVideo.Render.Planning;
using JanitorVideo.Studio.Agent;
using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Studio.Rendering;

/// <summary>
/// An image segment's <c>fx</c> (see <see cref="DraftConventions"/>) as the engine's settings. A key
/// that is absent, of the wrong type or unknown leaves the engine's default; numbers are clamped
/// to the ranges the engine accepts.
/// </summary>
internal static class ImageEffects
{
    /// <summary>The engine's own look when nothing is asked: short fades and a light vignette.</summary>
    private static readonly LightSpec EngineLight = new AnimationPlan { ImagePath = string.Empty }.Light;

    /// <summary>Applies motion, strength, speed, loop, pixel art, particles and light from <paramref name="fx"/> to <paramref name="plan"/>.</summary>
    public static AnimationPlan Apply(AnimationPlan plan, JsonObject? fx)
    {
        if (fx is null)
        {
            return plan with { Light = EngineLight };
        }

        return plan with
        {
            Motion = Motion(DraftValues.Text(fx, DraftConventions.MotionKey)),
            Strength = Math.Clamp(DraftValues.Number(fx, DraftConventions.StrengthKey) ?? 1, DraftConventions.MinStrength, DraftConventions.MaxStrength),
            Speed = Math.Clamp(DraftValues.Number(fx, DraftConventions.SpeedKey) ?? 1, DraftConventions.MinSpeed, DraftConventions.MaxSpeed),
            Loop = DraftValues.Flag(fx, DraftConventions.LoopKey) ?? false,
            PixelArt = PixelArt(DraftValues.Flag(fx, DraftConventions.PixelArtKey)),
            Particles = Particles(fx[DraftConventions.ParticlesKey]),
            Light = Light(fx),
        };
    }

    /// <summary>A preset the engine knows, or "auto".</summary>
    public static string Motion(string? name) =>
        name is not null && MotionPresets.Find(name) is { } preset ? preset.Name : MotionPresets.AutoName;

    /// <summary>Asked for (true), asked against (false), or left to the renderer's detector (absent or not a flag).</summary>
    public static PixelArtMode PixelArt(bool? asked) => asked switch
    {
        true => PixelArtMode.On,
        false => PixelArtMode.Off,
        null => PixelArtMode.Auto,
    };

    /// <summary>Each named kind once, in the order given; names the engine does not know are left out.</summary>
    public static IReadOnlyList<ParticleSpec> Particles(JsonNode? names) =>
        names is JsonArray array
            ? [.. array
                .OfType<JsonValue>()
                .Where(value => value.GetValueKind() == JsonValueKind.String)
                .Select(value => Named<ParticleKind>(value.GetValue<string>()))
                .OfType<ParticleKind>()
                .Distinct()
                .Select(kind => new ParticleSpec(kind))]
            : [];

    /// <summary>A grade by its name in the draft ("teal-orange") or in words ("cinematic"); None otherwise.</summary>
    public static ColorGrade Grade(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return ColorGrade.None;
        }

        var compact = name.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        return Named<ColorGrade>(compact) ?? (ColorGrades.TryParse(name, out var worded) ? worded : ColorGrade.None);
    }

    private static LightSpec Light(JsonObject fx) => EngineLight with
    {
        Grade = Grade(DraftValues.Text(fx, DraftConventions.GradeKey)),
        Vignette = Fraction(DraftValues.Number(fx, DraftConventions.VignetteKey)) ?? EngineLight.Vignette,
        Grain = Fraction(DraftValues.Number(fx, DraftConventions.GrainKey)) ?? EngineLight.Grain,
        Sweep = DraftValues.Flag(fx, DraftConventions.SweepKey) ?? EngineLight.Sweep,
        GlowPulse = DraftValues.Flag(fx, DraftConventions.GlowKey) ?? EngineLight.GlowPulse,
    };

    // By name only: Enum.TryParse would also take "3".
    private static T? Named<T>(string name)
        where T : struct, Enum
    {
        var trimmed = name.Trim();
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(value.ToString(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    private static float? Fraction(double? value) => value is { } number ? (float)Math.Clamp(number, 0, 1) : null;
}
