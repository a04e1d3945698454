namespace JanitorVideo.Studio.Agent;

/// <summary>
/// Adds a text. A clip has one title, so a new title replaces the old one. Without times a title
/// shows for the first 3 seconds and a subtitle or caption for the whole clip; times are clamped to the clip.
/// </summary>
/// <param name="Style">"title", "subtitle" or "caption".</param>
/// <param name="Placement">"top", "center" or "bottom"; null leaves it to the style.</param>
public sealed record AddText(string Text, string Style, double? StartSeconds, double? EndSeconds, string? Placement) : EditStep;
