using System.Text.RegularExpressions;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// One row of the instruction table: words matching <see cref="Pattern"/> add to the plan being
/// sketched. <see cref="Apply"/> returns false when the words do not apply here (a time range with
/// no text to attach to); then they stay for later rows.
/// </summary>
internal sealed record InstructionRule(string Name, Regex Pattern, Func<PlanSketch, Match, bool> Apply)
{
    // Interpreted, with a timeout: odd input must not stall the agent.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>A row that always applies when its words match.</summary>
    public static InstructionRule Row(string name, string pattern, Action<PlanSketch, Match> apply) =>
        new(name, new Regex(pattern, Options, Timeout), (sketch, match) =>
        {
            apply(sketch, match);
            return true;
        });

    /// <summary>A row that decides, after matching, whether it applies.</summary>
    public static InstructionRule When(string name, string pattern, Func<PlanSketch, Match, bool> apply) =>
        new(name, new Regex(pattern, Options, Timeout), apply);
}
