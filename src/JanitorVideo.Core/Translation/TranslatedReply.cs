namespace JanitorVideo.Core.Translation;

/// <summary>The agent's reply with its GUI talk taken out.</summary>
/// <param name="Text">What the agent said about the content, to show the user.</param>
/// <param name="FollowUps">The actions to take instead of the GUI instructions, in order, without repeats.</param>
public sealed record TranslatedReply(string Text, IReadOnlyList<FollowUp> FollowUps);
