namespace JanitorVideo.Studio.Agent;

/// <summary>Removes the texts of a style, or every text when <paramref name="Style"/> is null.</summary>
public sealed record RemoveText(string? Style) : EditStep;
