namespace JanitorVideo.Studio.Agent;

/// <summary>Goes forward again after an <see cref="Undo"/>. The caller keeps versions; <see cref="DraftEditor"/> ignores it.</summary>
public sealed record Redo : EditStep;
