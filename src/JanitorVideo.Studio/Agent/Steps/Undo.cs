namespace JanitorVideo.Studio.Agent;

/// <summary>Goes back to the previous version of the draft. The caller keeps versions; <see cref="DraftEditor"/> ignores it.</summary>
public sealed record Undo : EditStep;
