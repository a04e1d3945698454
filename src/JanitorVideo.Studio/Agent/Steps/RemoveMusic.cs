namespace JanitorVideo.Studio.Agent;

/// <summary>Removes the music.</summary>
public sealed record RemoveMusic : EditStep;
