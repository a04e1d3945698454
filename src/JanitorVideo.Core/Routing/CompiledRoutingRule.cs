using System.Text.RegularExpressions;

namespace JanitorVideo.Core.Routing;

/// <summary>A <see cref="RoutingRule"/> with its patterns compiled, each list into one alternation.</summary>
internal sealed class CompiledRoutingRule
{
    private readonly Regex _triggers;
    private readonly Regex? _vetoes;
    private readonly Regex? _confirmations;

    public CompiledRoutingRule(RoutingRule rule, RegexOptions options, TimeSpan timeout)
    {
        Rule = rule;
        _triggers = Compile(rule.Triggers, options, timeout)
            ?? throw new ArgumentException($"Routing rule '{rule.Name}' has no triggers.", nameof(rule));
        _vetoes = Compile(rule.Vetoes, options, timeout);
        _confirmations = Compile(rule.Confirmations, options, timeout);
    }

    public RoutingRule Rule { get; }

    /// <summary>Where the row's earliest trigger starts in <paramref name="text"/>, or -1 when the row does not apply.</summary>
    public int FirstTrigger(string text)
    {
        try
        {
            var trigger = _triggers.Match(text);
            if (!trigger.Success)
            {
                return -1;
            }

            var vetoed = _vetoes is not null && _vetoes.IsMatch(text);
            var confirmed = _confirmations is not null && _confirmations.IsMatch(text);
            return vetoed && !confirmed ? -1 : trigger.Index;
        }
        catch (RegexMatchTimeoutException)
        {
            // Odd input must not stall routing; the agent can still read the words as a message.
            return -1;
        }
    }

    private static Regex? Compile(IReadOnlyList<string> patterns, RegexOptions options, TimeSpan timeout) =>
        patterns.Count == 0
            ? null
            : new Regex(string.Join('|', patterns.Select(p => $"(?:{p})")), options, timeout);
}
