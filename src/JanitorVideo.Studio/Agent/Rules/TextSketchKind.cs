namespace JanitorVideo.Studio.Agent;

/// <summary>Whether a <see cref="TextSketch"/> adds, changes or removes text.</summary>
internal enum TextSketchKind
{
    Add,
    Change,
    Remove,
}
