using System.Text.Json;
using System.Text.Json.Nodes;
using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Studio.Agent;

/// <summary>One image as it will look: its motion and effects with defaults filled in.</summary>
internal sealed record ImageFacts(
    int Index,
    string Name,
    string? Source,
    long StartMs,
    long EndMs,
    string Motion,
    double Strength,
    double Speed,
    bool Loop,
    IReadOnlyList<string> Particles,
    string Grade,
    double Vignette,
    double Grain,
    bool Sweep,
    bool Glow,
    bool? PixelArt = null)
{
    /// <summary>Everything that shows, as one comparable string.</summary>
    public string LookKey => string.Join('|', Motion, Strength, Speed, Loop, string.Join(',', Particles), Grade, Vignette, Grain, Sweep, Glow, PixelArt);

    public long DurationMs => EndMs - StartMs;

    public static ImageFacts Read(DraftSegment segment, int index)
    {
        var fx = segment.GetEffects() ?? [];
        var particles = fx[DraftConventions.ParticlesKey] is JsonArray array
            ? array.OfType<JsonValue>().Where(value => value.GetValueKind() == JsonValueKind.String).Select(value => value.GetValue<string>()).ToList()
            : [];
        return new ImageFacts(
            index,
            segment.Name ?? ContentWords.Image(index, zh: false),
            segment.Source,
            segment.StartMs ?? 0,
            segment.EndMs ?? segment.StartMs ?? 0,
            DraftValues.Text(fx, DraftConventions.MotionKey) ?? DraftConventions.AutoMotion,
            DraftValues.Number(fx, DraftConventions.StrengthKey) ?? 1,
            DraftValues.Number(fx, DraftConventions.SpeedKey) ?? 1,
            DraftValues.Flag(fx, DraftConventions.LoopKey) ?? false,
            particles,
            DraftValues.Text(fx, DraftConventions.GradeKey) ?? "none",
            DraftValues.Number(fx, DraftConventions.VignetteKey) ?? 0,
            DraftValues.Number(fx, DraftConventions.GrainKey) ?? 0,
            DraftValues.Flag(fx, DraftConventions.SweepKey) ?? false,
            DraftValues.Flag(fx, DraftConventions.GlowKey) ?? false,
            DraftValues.Flag(fx, DraftConventions.PixelArtKey));
    }
}
