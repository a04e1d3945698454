namespace JanitorVideo.Studio.Agent;

/// <summary>Removes one particle kind, or all particles when <paramref name="Kind"/> is null, from an image or every image.</summary>
public sealed record RemoveParticles(int? ImageIndex, string? Kind) : EditStep;
