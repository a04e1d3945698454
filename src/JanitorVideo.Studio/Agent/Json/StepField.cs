namespace JanitorVideo.Studio.Agent;

/// <summary>One field of a step in the plan's JSON, with the limits the reader enforces and the schema states.</summary>
internal sealed record StepField(string Name, StepFieldKind Kind, bool Required, string Description)
{
    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    /// <summary>The only values allowed (numbers as invariant text), or null for any.</summary>
    public IReadOnlyList<string>? Allowed { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>A regular expression the whole text must match.</summary>
    public string? Pattern { get; init; }
}
