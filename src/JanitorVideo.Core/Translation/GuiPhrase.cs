namespace JanitorVideo.Core.Translation;

/// <summary>One row of the <see cref="GuiPhraseTable"/>: a GUI instruction and what to do instead.</summary>
/// <param name="Name">A short, unique name, for tests and logs.</param>
/// <param name="Kind">The follow-up the instruction becomes.</param>
/// <param name="Pattern">A case-insensitive regular expression for the instruction.</param>
/// <param name="Detail">
/// A substitution (as in <see cref="System.Text.RegularExpressions.Match.Result(string)"/>) that
/// builds <see cref="FollowUp.Detail"/> from the match, e.g. <c>${label}</c> or <c>move ${rest}</c>.
/// </param>
public sealed record GuiPhrase(string Name, FollowUpKind Kind, string Pattern, string Detail);
