namespace JanitorVideo.Studio.Agent;

/// <summary>What the words ask of one image (or of every image, when <see cref="Target"/> is null).</summary>
internal sealed class ImageSketch(int? target)
{
    public int? Target { get; } = target;

    /// <summary>The words asked for animation without naming a motion: "auto".</summary>
    public bool Animate { get; set; }

    public string? Motion { get; set; }

    public double? Strength { get; set; }

    public double? Speed { get; set; }

    public bool? Loop { get; set; }

    /// <summary>Pixel art asked for (true) or against (false); null leaves it to the renderer.</summary>
    public bool? PixelArt { get; set; }

    public List<string> AddParticles { get; } = [];

    public List<string> RemoveParticles { get; } = [];

    public bool RemoveAllParticles { get; set; }

    public string? Grade { get; set; }

    public double? Vignette { get; set; }

    public double? Grain { get; set; }

    public bool? Sweep { get; set; }

    public bool? Glow { get; set; }

    /// <summary>The length asked for, before clamping.</summary>
    public double? Seconds { get; set; }

    /// <summary>The length is for each image ("3 seconds each"), not for the whole clip.</summary>
    public bool SecondsEach { get; set; }

    public bool HasMotion => Animate || Motion is not null || Strength is not null || Speed is not null || Loop is not null || PixelArt is not null;

    public bool HasLook => Grade is not null || Vignette is not null || Grain is not null || Sweep is not null || Glow is not null;
}
