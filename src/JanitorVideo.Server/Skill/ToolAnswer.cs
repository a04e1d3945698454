namespace JanitorVideo.Server.Skill;

/// <summary>A tool's answer: plain text for the model and the same facts as structured content.</summary>
public sealed record ToolAnswer<T>(string Text, T Output)
{
    /// <summary>Pictures to show as well (PNG), for agents that can look at images.</summary>
    public IReadOnlyList<string> ImagePaths { get; init; } = [];
}
