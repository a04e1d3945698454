namespace JanitorVideo.Studio.Agent;

/// <summary>One text as it will show.</summary>
internal sealed record TextFacts(string Text, string Style, long StartMs, long EndMs, string? Placement);
