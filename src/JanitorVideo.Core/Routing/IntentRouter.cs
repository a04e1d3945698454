using System.Text;
using System.Text.RegularExpressions;

namespace JanitorVideo.Core.Routing;

/// <summary>
/// Routes the user's words to a <see cref="SkillAction"/> before anything reaches the backend's
/// agent, by interpreting the <see cref="RoutingTable"/>.
/// </summary>
public static class IntentRouter
{
    /// <summary>The <see cref="RoutedIntent.Rule"/> when no row applied.</summary>
    public const string DefaultRule = "default";

    /// <summary>The <see cref="RoutedIntent.Rule"/> for empty or whitespace words.</summary>
    public const string EmptyRule = "empty";

    /// <summary>Only the start of very long words is routed: a command is said early, not after pages of text.</summary>
    public const int MaxRoutedLength = 2000;

    // Interpreted, not compiled: the texts are short, and compiling dozens of patterns would cost
    // start-up time and, under load, eat into the match timeout on first use.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    // A guard against pathological input only; ordinary text matches in microseconds.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private static readonly CompiledRoutingRule[] Rules =
        [.. RoutingTable.Rules.Select(rule => new CompiledRoutingRule(rule, Options, MatchTimeout))];

    private static readonly Regex LiteralText = new(
        string.Join('|', RoutingTable.LiteralText.Select(p => $"(?:{p})")), Options | RegexOptions.Multiline, MatchTimeout);

    // Chinese runs straight into Latin words ("帮我export一下"); a space lets \b see the word.
    private static readonly Regex ChineseLatinSeam = new(
        @"(?<=\p{IsCJKUnifiedIdeographs})(?=[a-z0-9])|(?<=[a-z0-9])(?=\p{IsCJKUnifiedIdeographs})", Options, MatchTimeout);

    private static readonly Regex Whitespace = new(@"\s+", Options, MatchTimeout);

    /// <summary>Decides what to do with <paramref name="words"/>.</summary>
    /// <param name="words">What the user typed.</param>
    /// <returns>
    /// The action of the applicable row whose trigger comes first in the words, so that
    /// "export it, then show the timeline" exports; <see cref="SkillAction.Message"/> otherwise.
    /// </returns>
    public static RoutedIntent Route(string words)
    {
        if (string.IsNullOrWhiteSpace(words))
        {
            return new RoutedIntent(SkillAction.Message, EmptyRule);
        }

        var text = Normalize(words.Length > MaxRoutedLength ? words[..MaxRoutedLength] : words);
        RoutingRule? winner = null;
        var winnerIndex = int.MaxValue;
        foreach (var rule in Rules)
        {
            var index = rule.FirstTrigger(text);
            if (index >= 0 && index < winnerIndex)
            {
                winner = rule.Rule;
                winnerIndex = index;
            }
        }

        return winner is null
            ? new RoutedIntent(SkillAction.Message, DefaultRule)
            : new RoutedIntent(winner.Action, winner.Name);
    }

    /// <summary>The words as the table's patterns see them.</summary>
    internal static string Normalize(string words)
    {
        // NFKC folds full-width letters and punctuation (ＥＸＰＯＲＴ, ？, ：) into their plain forms.
        var text = words.Normalize(NormalizationForm.FormKC)
            .Replace('\u2018', '\'').Replace('\u2019', '\'')
            .Replace('\u201C', '"').Replace('\u201D', '"');

        var withoutLiterals = Replace(LiteralText, text, " ");
        if (!withoutLiterals.Any(char.IsLetterOrDigit))
        {
            // Only quoted words: the quotes wrap the request itself.
            withoutLiterals = text.Replace('"', ' ').Replace('\'', ' ');
        }

        var spaced = Replace(ChineseLatinSeam, withoutLiterals, " ");
        return Replace(Whitespace, spaced, " ").Trim();
    }

    private static string Replace(Regex regex, string input, string replacement)
    {
        try
        {
            return regex.Replace(input, replacement);
        }
        catch (RegexMatchTimeoutException)
        {
            return input;
        }
    }
}
