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
public sealed record Animate(int? ImageIndex, string? Motion, double? Strength, double? Speed, bool? Loop) : EditStep;
