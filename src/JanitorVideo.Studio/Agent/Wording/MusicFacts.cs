namespace JanitorVideo.Studio.Agent;

/// <summary>The music as it will play.</summary>
internal sealed record MusicFacts(string Name, string Source, double Volume);
