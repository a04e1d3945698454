using System.ComponentModel;
using System.Text.Json.Serialization;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// Adds a text. A clip has one title, so a new title replaces the old one. Without times a title
/// shows for the first 3 seconds and a subtitle or caption for the whole clip; times are clamped to the clip.
/// </summary>
/// <param name="Style">"title", "subtitle" or "caption".</param>
/// <param name="Placement">"top", "center" or "bottom"; null leaves it to the style.</param>
[Description("Adds a text (a new title replaces the old one). Without times a title shows for the first 3 s, other styles for the whole clip.")]
public sealed record AddText([property: JsonRequired] string Text, [property: JsonRequired] string Style, double? StartSeconds, double? EndSeconds, string? Placement) : EditStep;

/// <summary>
/// Changes the texts of a style (every text when <paramref name="Style"/> is null); null values
/// keep what they have. With no such text yet, a new text is added when <paramref name="Text"/> is given.
/// </summary>
[Description("Changes the texts of a style (every text when style is absent); absent values stay as they are.")]
public sealed record ChangeText(string? Style, string? Text, double? StartSeconds, double? EndSeconds, string? Placement) : EditStep;

/// <summary>Removes the texts of a style, or every text when <paramref name="Style"/> is null.</summary>
[Description("Removes the texts of a style, or every text when style is absent.")]
public sealed record RemoveText(string? Style) : EditStep;
