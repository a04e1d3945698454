namespace JanitorVideo.Core.Routing;

/// <summary>
/// One row of the <see cref="RoutingTable"/>. A row applies when one of its
/// <see cref="Triggers"/> matches and none of its <see cref="Vetoes"/> does; a matching
/// <see cref="Confirmations"/> pattern overrides the vetoes. Patterns are regular expressions
/// matched case-insensitively against the normalized words.
/// </summary>
public sealed record RoutingRule
{
    /// <summary>The action taken when the row applies.</summary>
    public required SkillAction Action { get; init; }

    /// <summary>A short, unique name, reported in <see cref="RoutedIntent.Rule"/>.</summary>
    public required string Name { get; init; }

    /// <summary>Patterns naming the command; any one is enough.</summary>
    public required IReadOnlyList<string> Triggers { get; init; }

    /// <summary>Object or context patterns showing that the trigger word is part of an edit.</summary>
    public IReadOnlyList<string> Vetoes { get; init; } = [];

    /// <summary>Context patterns that confirm the command even when a veto matches.</summary>
    public IReadOnlyList<string> Confirmations { get; init; } = [];
}
