using System.ComponentModel;
using System.Text.Json.Serialization;

namespace JanitorVideo.Studio.Agent;

/// <summary>Plays music under the whole clip, replacing any music there was.</summary>
/// <param name="Source">An uploaded audio file's media id, or a built-in bed: "bed:lo-fi", "bed:ambient", "bed:epic", "bed:cute".</param>
/// <param name="VolumePercent">0–100; null keeps the current volume, or 35 for new music.</param>
/// <param name="Note">Why the volume differs from what was asked (it was clamped), in the user's language.</param>
[Description("Plays music under the whole clip, replacing any music.")]
public sealed record SetMusic([property: JsonRequired] string Source, int? VolumePercent, string? Note = null) : EditStep;

/// <summary>Sets the music volume, 0–100 percent.</summary>
/// <param name="Note">Why the volume differs from what was asked (it was clamped), in the user's language.</param>
[Description("Sets the music volume.")]
public sealed record SetVolume([property: JsonRequired] int VolumePercent, string? Note = null) : EditStep;

/// <summary>Removes the music.</summary>
[Description("Removes the music.")]
public sealed record RemoveMusic : EditStep;
