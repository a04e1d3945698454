using System.Text;
using System.Text.RegularExpressions;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// Prepares an instruction for the rule table: quoted texts are lifted out (so a title's words
/// cannot trigger an edit) and replaced by numbered placeholders, the rest is NFKC-normalized
/// (full-width punctuation and digits become plain), Chinese and Latin runs are spaced apart,
/// and the words are cut into clauses.
/// </summary>
internal static class InstructionText
{
    /// <summary>Only the first part of a very long message is read.</summary>
    public const int MaxLength = 2000;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    // Curly, straight, corner and book-title quotes; a single quote only at word edges, so "druid's" is no quote.
    private static readonly Regex Quotes = new(
        "“(?<t>[^”]+)”|\"(?<t>[^\"]+)\"|「(?<t>[^」]+)」|『(?<t>[^』]+)』|《(?<t>[^》]+)》|‘(?<t>[^’]+)’" +
        @"|(?<![\p{L}\p{N}])'(?<t>(?:[^'\n]|'(?=\p{L}))+?)'(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex ScriptBoundary = new(
        @"(?<=[\p{IsCJKUnifiedIdeographs}])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%])(?=[\p{IsCJKUnifiedIdeographs}])",
        RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex ClauseBreaks = new(
        @"[;。\n!?]+|\.(?=\s|$)|,(?!\d)|、?(?:然后|接着|并且|同时|另外)" +
        @"|\s+(?:and\s+)?then\s+" +
        @"|\s+(?:and|also|plus)\s+(?=(?:also\s+)?(?:add|make|remove|delete|use|set|change|put|give|turn|switch|let|have|show|drop|get|take|play|mute|zoom|pan|apply|include|move|place)\b)" +
        @"|\s+and\s+(?=(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|image|picture|photo)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    /// <summary>The words with quotes as placeholders, and the quoted texts in order.</summary>
    public static (string Text, IReadOnlyList<string> Quoted) Prepare(string instruction)
    {
        var words = instruction.Length > MaxLength ? instruction[..MaxLength] : instruction;
        var quoted = new List<string>();
        var lifted = Quotes.Replace(words, match =>
        {
            quoted.Add(match.Groups["t"].Value.Trim());
            return $"\uE000{quoted.Count - 1}\uE001";
        });
        var normalized = ScriptBoundary.Replace(lifted.Normalize(NormalizationForm.FormKC), " ");
        return (normalized, quoted);
    }

    /// <summary>The clauses, in order, without empty ones.</summary>
    public static IReadOnlyList<string> Clauses(string text) =>
        ClauseBreaks.Split(text).Select(clause => clause.Trim()).Where(clause => clause.Length > 0).ToList();
}
