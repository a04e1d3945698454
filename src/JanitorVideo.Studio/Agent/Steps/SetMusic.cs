namespace JanitorVideo.Studio.Agent;

/// <summary>Plays music under the whole clip, replacing any music there was.</summary>
/// <param name="Source">An uploaded audio file's media id, or a built-in bed: "bed:lo-fi", "bed:ambient", "bed:epic", "bed:cute".</param>
/// <param name="VolumePercent">0–100; null keeps the current volume, or 35 for new music.</param>
/// <param name="Note">Why the volume differs from what was asked (it was clamped), in the user's language.</param>
public sealed record SetMusic(string Source, int? VolumePercent, string? Note = null) : EditStep;
