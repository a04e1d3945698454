namespace JanitorVideo.Studio.Agent;

/// <summary>Takes an image off the timeline; the images after it move up.</summary>
public sealed record RemoveImage(int ImageIndex) : EditStep;
