namespace JanitorVideo.Studio.Agent;

/// <summary>The JSON type of a <see cref="StepField"/>.</summary>
internal enum StepFieldKind
{
    Integer,
    Number,
    Text,
    Flag,
}
