namespace JanitorVideo.Studio.Agent;

/// <summary>Sets the short side of the frame: 1080 (the largest) or 720.</summary>
/// <param name="Note">Why the resolution differs from what was asked (4K is not offered), in the user's language.</param>
public sealed record SetResolution(int ShortSide, string? Note) : EditStep;
