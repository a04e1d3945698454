using JanitorVideo.Core.Drafts;
using JanitorVideo.Render.Motion;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// How the studio writes a draft (NemoVideo short-key JSON), for the agent that edits it and the
/// renderer that reads it. A key that is absent means the renderer's default.
/// </summary>
/// <remarks>
/// <list type="table">
/// <item><term><c>m</c></term><description><c>width</c>, <c>height</c> (1080x1920, 1920x1080, 1080x1080 or the 720 sizes),
/// <c>fps</c> (30), <c>aspect</c> ("9:16" default, "16:9", "1:1"), optional <c>title</c> (the project's name),
/// optional <c>seed</c> (a whole number picking another repeatable set of particles and grain).
/// The draft's <c>d</c> is the clip length in ms: the end of the last image.</description></item>
/// <item><term>video, <c>tt</c> 0</term><description>one segment per image, back to back from 0:
/// <c>s</c> start ms, <c>d</c> duration ms (5000 by default), <c>n</c> the file name without extension,
/// <c>src</c> the media id, <c>fx</c> an object: <c>motion</c> (a preset name or "auto"; "auto" when placed),
/// <c>strength</c> (0.6 subtle, 1, 1.5 strong), <c>speed</c> (0.7 slow, 1, 1.4 fast), <c>loop</c> (bool),
/// <c>pixelArt</c> (bool: true draws the picture as crisp pixel art, false smoothly; absent, the renderer tells pixel art by itself),
/// <c>particles</c> (array of <see cref="Particles"/>), <c>grade</c> (one of <see cref="Grades"/>),
/// <c>vignette</c> (0..1), <c>grain</c> (0..1), <c>sweep</c> (bool), <c>glow</c> (bool).</description></item>
/// <item><term>audio, <c>tt</c> 1</term><description>one segment covering the clip (<c>s</c> 0, <c>d</c> the clip length):
/// <c>src</c> an uploaded audio's media id or a built-in bed (<c>bed:lo-fi</c>, <c>bed:ambient</c>, <c>bed:epic</c>,
/// <c>bed:cute</c>), <c>n</c> "Lo-fi" or the file name, <c>v</c> volume percent (35 by default).</description></item>
/// <item><term>text, <c>tt</c> 7</term><description>segments with <c>x</c> the words, <c>style</c> "title", "subtitle"
/// or "caption", <c>s</c>/<c>d</c> in ms (a title 0–3 s, others the whole clip, unless asked otherwise),
/// optional <c>fx.placement</c> ("top", "center", "bottom"). A clip has at most one title.</description></item>
/// </list>
/// Keys the studio does not know, at any level, are kept as they came.
/// </remarks>
public static class DraftConventions
{
    /// <summary>How long a newly placed image shows.</summary>
    public const long DefaultImageMs = 5000;

    /// <summary>How long a title shows when no time is given.</summary>
    public const long DefaultTitleMs = 3000;

    /// <summary>The volume of new music, in percent.</summary>
    public const int DefaultVolumePercent = 35;

    /// <summary>Frames per second of every studio clip.</summary>
    public const int Fps = 30;

    /// <summary>The frame shape of a new clip: vertical, for phones.</summary>
    public const string DefaultAspect = "9:16";

    /// <summary>The largest short side offered; 4K requests get this.</summary>
    public const int MaxShortSide = 1080;

    /// <summary>The shortest clip, in seconds.</summary>
    public const double MinClipSeconds = 1;

    /// <summary>The longest clip, in seconds.</summary>
    public const double MaxClipSeconds = 60;

    /// <summary>The prefix of a built-in music bed in an audio <c>src</c>.</summary>
    public const string BedPrefix = "bed:";

    /// <summary>The fallback motion: the renderer picks a move that suits the picture.</summary>
    public const string AutoMotion = MotionPresets.AutoName;

    /// <summary>Strength of "subtle", "gentle".</summary>
    public const double SubtleStrength = 0.6;

    /// <summary>Strength of "strong", "dramatic".</summary>
    public const double StrongStrength = 1.5;

    /// <summary>Speed of "slow".</summary>
    public const double SlowSpeed = 0.7;

    /// <summary>Speed of "fast".</summary>
    public const double FastSpeed = 1.4;

    /// <summary>Strength range the renderer accepts.</summary>
    public const double MinStrength = 0, MaxStrength = 3;

    /// <summary>Speed range the renderer accepts.</summary>
    public const double MinSpeed = 0.1, MaxSpeed = 3;

    /// <summary>Key names inside a segment's <c>fx</c> object.</summary>
    public const string MotionKey = "motion", StrengthKey = "strength", SpeedKey = "speed", LoopKey = "loop", PixelArtKey = "pixelArt",
        ParticlesKey = "particles", GradeKey = "grade", VignetteKey = "vignette", GrainKey = "grain",
        SweepKey = "sweep", GlowKey = "glow", PlacementKey = "placement";

    /// <summary>The studio's own key in the draft metadata (<c>m</c>); the others are in <see cref="DraftKeys"/>.</summary>
    public const string SeedKey = "seed";

    /// <summary>"auto" and every motion preset of the renderer.</summary>
    public static IReadOnlyList<string> Motions { get; } = [AutoMotion, .. MotionPresets.All.Select(preset => preset.Name)];

    /// <summary>The particle layers.</summary>
    public static IReadOnlyList<string> Particles { get; } = ["snow", "petals", "sparkles", "fireflies", "rain", "embers", "dust"];

    /// <summary>The colour grades; "none" keeps the picture's own colours.</summary>
    public static IReadOnlyList<string> Grades { get; } = ["none", "warm", "cool", "teal-orange", "vintage", "dreamy", "noir", "vivid"];

    /// <summary>The frame shapes.</summary>
    public static IReadOnlyList<string> Aspects { get; } = ["9:16", "16:9", "1:1"];

    /// <summary>The short sides offered, in pixels.</summary>
    public static IReadOnlyList<int> ShortSides { get; } = [720, 1080];

    /// <summary>The text styles.</summary>
    public static IReadOnlyList<string> TextStyles { get; } = ["title", "subtitle", "caption"];

    /// <summary>Where a text sits.</summary>
    public static IReadOnlyList<string> Placements { get; } = ["top", "center", "bottom"];

    /// <summary>The built-in music beds, without the <see cref="BedPrefix"/>.</summary>
    public static IReadOnlyList<string> Beds { get; } = ["lo-fi", "ambient", "epic", "cute"];

    /// <summary>Width and height for a frame shape at a short side: ("9:16", 1080) → 1080x1920.</summary>
    public static (int Width, int Height) FrameSize(string aspect, int shortSide)
    {
        var longSide = shortSide * 16 / 9;
        return aspect switch
        {
            "16:9" => (longSide, shortSide),
            "1:1" => (shortSide, shortSide),
            _ => (shortSide, longSide),
        };
    }

    /// <summary>The display name of a bed source ("bed:lo-fi" → "Lo-fi"), or null for anything else.</summary>
    public static string? BedName(string source) =>
        IsBed(source) ? char.ToUpperInvariant(source[BedPrefix.Length]) + source[(BedPrefix.Length + 1)..] : null;

    /// <summary>True for "bed:" followed by one of <see cref="Beds"/>.</summary>
    public static bool IsBed(string source) =>
        source.StartsWith(BedPrefix, StringComparison.Ordinal) && Beds.Contains(source[BedPrefix.Length..]);
}
