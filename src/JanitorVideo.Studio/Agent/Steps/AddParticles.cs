namespace JanitorVideo.Studio.Agent;

/// <summary>Adds a particle layer (snow, petals, sparkles, fireflies, rain, embers, dust) to an image, or to every image.</summary>
public sealed record AddParticles(int? ImageIndex, string Kind) : EditStep;
