namespace JanitorVideo.Studio.Agent;

/// <summary>
/// One step type in the plan's JSON: its <c>type</c> name, its fields in order, how to build the
/// step from checked values, how to read the values back, and a check across fields.
/// </summary>
internal sealed record StepShape(
    string Type,
    Type StepType,
    string Description,
    IReadOnlyList<StepField> Fields,
    Func<StepValues, EditStep> Create,
    Func<EditStep, object?[]> Values)
{
    /// <summary>A rule that spans fields ("the end comes after the start"); returns the problem or null.</summary>
    public Func<EditStep, string?> Check { get; init; } = _ => null;
}
