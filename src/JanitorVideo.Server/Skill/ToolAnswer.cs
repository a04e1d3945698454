namespace JanitorVideo.Server.Skill;

/// <summary>A tool's answer: plain text for the model and the same facts as structured content.</summary>
public sealed record ToolAnswer<T>(string Text, T Output)
{
    /// <summary>Pictures to show as well (PNG), for agents that can look at images.</summary>
    public IReadOnlyList<string> ImagePaths { get; init; } = [];

    /// <summary>A delivered video, linked from the result (a <c>resource_link</c>) besides its path in the text.</summary>
    public DeliveredVideo? Video { get; init; }
}

/// <summary>An MP4 on this machine: where it is and how big.</summary>
public sealed record DeliveredVideo(string Path, long SizeBytes);
