namespace JanitorVideo.Studio.Agent;

/// <summary>Sets the frame shape: "9:16" (vertical), "16:9" (horizontal) or "1:1" (square), at the current resolution.</summary>
public sealed record SetAspect(string Aspect) : EditStep;
