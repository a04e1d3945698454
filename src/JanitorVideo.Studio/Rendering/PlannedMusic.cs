using JanitorVideo.Render.Audio;

namespace JanitorVideo.Studio.Rendering;

/// <summary>The music under the whole video, and what the user calls it (for messages).</summary>
public sealed record PlannedMusic(string Name, MusicSpec Spec);
