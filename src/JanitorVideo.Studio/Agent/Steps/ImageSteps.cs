using System.ComponentModel;
using System.Text.Json.Serialization;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// Puts the uploaded images that are not on the timeline yet onto the video track (5 s each, one
/// after another) and sets how images move. Null values keep what the image has.
/// </summary>
/// <param name="ImageIndex">The image (0 = first); null = the images this step placed, or every image when it placed none.</param>
/// <param name="Motion">A motion preset name (push-in, pull-out, pan-left, …) or "auto".</param>
/// <param name="Strength">0.6 subtle, 1 normal, 1.5 strong.</param>
/// <param name="Speed">0.7 slow, 1 normal, 1.4 fast.</param>
/// <param name="Loop">True for a seamless loop.</param>
/// <param name="PixelArt">True to draw the picture as pixel art (crisp pixels), false to draw it smoothly; absent, the renderer decides from the picture.</param>
[Description("Puts uploaded images that are not on the timeline yet onto it, then sets how the image moves; absent values stay as they are.")]
public sealed record Animate(int? ImageIndex, string? Motion, double? Strength, double? Speed, bool? Loop, bool? PixelArt = null) : EditStep;

/// <summary>Adds a particle layer (snow, petals, sparkles, fireflies, rain, embers, dust) to an image, or to every image.</summary>
[Description("Adds a particle layer.")]
public sealed record AddParticles(int? ImageIndex, [property: JsonRequired] string Kind) : EditStep;

/// <summary>Removes one particle kind, or all particles when <paramref name="Kind"/> is null, from an image or every image.</summary>
[Description("Removes one particle layer, or all of them when kind is absent.")]
public sealed record RemoveParticles(int? ImageIndex, string? Kind) : EditStep;

/// <summary>Sets the look of an image, or of every image. Null values keep what the image has.</summary>
/// <param name="Grade">"none", "warm", "cool", "teal-orange", "vintage", "dreamy", "noir" or "vivid".</param>
/// <param name="Vignette">Darkened edges, 0 (none) to 1 (strong).</param>
/// <param name="Grain">Film grain, 0 (none) to 1 (strong).</param>
/// <param name="Sweep">A soft band of light crossing the picture.</param>
/// <param name="Glow">A gentle pulsing glow.</param>
[Description("Sets the colour grade and light effects; absent values stay as they are.")]
public sealed record SetLook(int? ImageIndex, string? Grade, double? Vignette, double? Grain, bool? Sweep, bool? Glow) : EditStep;

/// <summary>
/// Sets how long an image shows; with no index, the length of the whole clip, shared evenly by
/// its images. 1–60 seconds.
/// </summary>
/// <param name="Note">Why the length differs from what was asked (it was clamped), in the user's language.</param>
[Description("Sets how long an image shows; without imageIndex, the whole clip's length, shared evenly by its images.")]
public sealed record SetDuration(int? ImageIndex, [property: JsonRequired] double Seconds, string? Note = null) : EditStep;

/// <summary>Takes an image off the timeline; the images after it move up.</summary>
[Description("Takes an image off the timeline.")]
public sealed record RemoveImage([property: JsonRequired] int ImageIndex) : EditStep;
