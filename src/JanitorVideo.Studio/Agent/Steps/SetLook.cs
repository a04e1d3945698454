namespace JanitorVideo.Studio.Agent;

/// <summary>Sets the look of an image, or of every image. Null values keep what the image has.</summary>
/// <param name="Grade">"none", "warm", "cool", "teal-orange", "vintage", "dreamy", "noir" or "vivid".</param>
/// <param name="Vignette">Darkened edges, 0 (none) to 1 (strong).</param>
/// <param name="Grain">Film grain, 0 (none) to 1 (strong).</param>
/// <param name="Sweep">A soft band of light crossing the picture.</param>
/// <param name="Glow">A gentle pulsing glow.</param>
public sealed record SetLook(int? ImageIndex, string? Grade, double? Vignette, double? Grain, bool? Sweep, bool? Glow) : EditStep;
