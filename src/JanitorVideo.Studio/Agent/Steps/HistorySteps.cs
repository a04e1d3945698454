using System.ComponentModel;

namespace JanitorVideo.Studio.Agent;

/// <summary>Goes back to the previous version of the draft. The caller keeps versions; <see cref="DraftEditor"/> ignores it.</summary>
[Description("Goes back to the previous version.")]
public sealed record Undo : EditStep;

/// <summary>Goes forward again after an <see cref="Undo"/>. The caller keeps versions; <see cref="DraftEditor"/> ignores it.</summary>
[Description("Goes forward again after an undo.")]
public sealed record Redo : EditStep;
