namespace JanitorVideo.Server.Skill;

/// <summary>A tool's answer: plain text for the model and the same facts as structured content.</summary>
public sealed record ToolAnswer<T>(string Text, T Output);
