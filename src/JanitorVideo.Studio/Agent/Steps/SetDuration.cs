namespace JanitorVideo.Studio.Agent;

/// <summary>
/// Sets how long an image shows; with no index, the length of the whole clip, shared evenly by
/// its images. 1–60 seconds.
/// </summary>
/// <param name="Note">Why the length differs from what was asked (it was clamped), in the user's language.</param>
public sealed record SetDuration(int? ImageIndex, double Seconds, string? Note = null) : EditStep;
