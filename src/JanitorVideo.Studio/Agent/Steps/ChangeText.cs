namespace JanitorVideo.Studio.Agent;

/// <summary>
/// Changes the texts of a style (every text when <paramref name="Style"/> is null); null values
/// keep what they have. With no such text yet, a new text is added when <paramref name="Text"/> is given.
/// </summary>
public sealed record ChangeText(string? Style, string? Text, double? StartSeconds, double? EndSeconds, string? Placement) : EditStep;
