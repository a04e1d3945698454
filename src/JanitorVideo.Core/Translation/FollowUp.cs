namespace JanitorVideo.Core.Translation;

/// <summary>An action the server takes instead of passing a GUI instruction to the user.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="Detail">
/// In the agent's words: the button or panel label, or, for <see cref="FollowUpKind.SendEdit"/>,
/// the edit as an instruction ("move the title to 5s").
/// </param>
public sealed record FollowUp(FollowUpKind Kind, string Detail);
