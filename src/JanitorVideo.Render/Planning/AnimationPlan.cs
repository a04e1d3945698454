using JanitorVideo.Render.Audio;
using JanitorVideo.Render.Effects;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Framing;
using JanitorVideo.Render.Motion;
using JanitorVideo.Render.Text;

namespace JanitorVideo.Render.Planning;

/// <summary>Everything one clip needs: the image, the frame, the motion, effects, text, music and encoding.</summary>
public sealed record AnimationPlan
{
    public const double MinDurationSeconds = 1;
    public const double MaxDurationSeconds = 60;

    public required string ImagePath { get; init; }

    public OutputFormat Format { get; init; } = OutputFormat.Portrait1080;

    public int Fps { get; init; } = 30;

    public double DurationSeconds { get; init; } = 5;

    /// <summary>A preset name from <see cref="MotionPresets"/>, or "auto".</summary>
    public string Motion { get; init; } = MotionPresets.AutoName;

    public double Strength { get; init; } = 1;

    public double Speed { get; init; } = 1;

    public bool Loop { get; init; }

    /// <summary>Whether the picture is drawn as pixel art: crisp whole-number enlargement and whole-pixel motion (auto: when it is pixel art).</summary>
    public PixelArtMode PixelArt { get; init; } = PixelArtMode.Auto;

    public IReadOnlyList<ParticleSpec> Particles { get; init; } = [];

    public LightSpec Light { get; init; } = new(FadeInSeconds: 0.4, FadeOutSeconds: 0.6, Vignette: 0.25f);

    public IReadOnlyList<TextLayerSpec> Texts { get; init; } = [];

    public MusicSpec? Music { get; init; }

    public int Seed { get; init; } = 1;

    public EncodeQuality Quality { get; init; } = EncodeQuality.Standard;

    public int FrameCount => (int)Math.Round(DurationSeconds * Fps);

    /// <summary>The light as rendered: a loop has no fades, or it would blink to black where it joins.</summary>
    public LightSpec EffectiveLight => Loop ? Light with { FadeInSeconds = 0, FadeOutSeconds = 0 } : Light;

    /// <summary>Checks what cannot work before any work starts.</summary>
    /// <exception cref="RenderInputException">A value out of range, with the range.</exception>
    public void Validate()
    {
        if (DurationSeconds is < MinDurationSeconds or > MaxDurationSeconds || double.IsNaN(DurationSeconds))
        {
            throw new RenderInputException($"A clip lasts {MinDurationSeconds:0}–{MaxDurationSeconds:0} seconds; {DurationSeconds:0.##} was asked for.");
        }
        if (Fps is < 12 or > 60)
        {
            throw new RenderInputException($"The frame rate must be 12–60 fps; {Fps} was asked for.");
        }
        if (!string.Equals(Motion, MotionPresets.AutoName, StringComparison.OrdinalIgnoreCase) && MotionPresets.Find(Motion) is null)
        {
            throw new RenderInputException($"There is no motion called '{Motion}'. Choose auto or one of: {string.Join(", ", MotionPresets.All.Select(p => p.Name))}.");
        }
        if (Strength is < 0 or > 3 || Speed is < 0.1 or > 3)
        {
            throw new RenderInputException("Strength must be 0–3 and speed 0.1–3.");
        }
    }
}
