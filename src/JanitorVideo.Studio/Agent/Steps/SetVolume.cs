namespace JanitorVideo.Studio.Agent;

/// <summary>Sets the music volume, 0–100 percent.</summary>
/// <param name="Note">Why the volume differs from what was asked (it was clamped), in the user's language.</param>
public sealed record SetVolume(int VolumePercent, string? Note = null) : EditStep;
