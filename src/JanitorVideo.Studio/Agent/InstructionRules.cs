using System.Text;
using System.Text.RegularExpressions;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// The studio agent's rules: what the user said (English or Chinese) → an <see cref="EditPlan"/>.
/// The rules are one table of named rows (<see cref="RuleNames"/>), each a pattern and what it
/// adds to the plan, read by one interpreter.
/// </summary>
/// <remarks>
/// Reading goes: quoted texts are set aside (their words never trigger an edit); the rest is cut
/// into clauses at punctuation, "then", 然后, or "and" before a verb; in each clause the image it
/// is about is found ("the second image", "第二张"; a clause without one keeps the previous
/// clause's image); then every row, in table order, claims the words it matches, so later rows do
/// not read them again ("strong vignette" is a vignette, not a strong motion). Sections run in
/// this order: commands, texts, music, frame and length, particles, looks, motion, volume.
/// </remarks>
public static class InstructionRules
{
    private static readonly IReadOnlyList<InstructionRule> Table =
    [
        .. CommandRules.Rows,
        .. TextRules.Rows,
        .. MusicRules.Rows,
        .. FormatRules.Rows,
        .. ParticleRules.Rows,
        .. LookRules.Rows,
        .. MotionRules.Rows,
        .. VolumeRules.Rows,
    ];

    /// <summary>The name of every row, in table order.</summary>
    public static IReadOnlyList<string> RuleNames { get; } = [.. Table.Select(rule => rule.Name)];

    /// <summary>The plan for <paramref name="instruction"/>: steps, what was understood, or one question in the user's language.</summary>
    public static EditPlan Plan(string instruction, EditContext context) => Interpret(instruction, context).Plan;

    /// <summary>The names of the rows that applied to <paramref name="instruction"/>, in the order they applied.</summary>
    public static IReadOnlyList<string> MatchedRules(string instruction, EditContext context) => Interpret(instruction, context).Matched;

    private static (EditPlan Plan, IReadOnlyList<string> Matched) Interpret(string instruction, EditContext context)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        ArgumentNullException.ThrowIfNull(context);

        var chinese = InstructionLanguage.IsChinese(InstructionLanguage.Detect(instruction));
        string text;
        IReadOnlyList<string> quoted, clauses;
        try
        {
            (text, quoted) = InstructionText.Prepare(instruction);
            clauses = InstructionText.Clauses(text);
        }
        catch (RegexMatchTimeoutException)
        {
            // Words too odd to read in time are treated as words not understood: the user gets the question.
            (quoted, clauses) = ([], []);
        }

        var sketch = new PlanSketch(context, chinese, quoted);
        var matched = new List<string>();
        foreach (var clause in clauses)
        {
            sketch.BeginClause();
            sketch.ClauseText = TargetPhrases.Mark(clause, sketch);
            foreach (var rule in Table)
            {
                if (Run(rule, sketch))
                {
                    matched.Add(rule.Name);
                }
            }
        }

        return (PlanAssembler.Assemble(sketch, matched.Count > 0), matched);
    }

    // Applies a row to every place it matches in the clause and blanks out the words it claimed.
    private static bool Run(InstructionRule rule, PlanSketch sketch)
    {
        var applied = false;
        var position = 0;
        try
        {
            while (position <= sketch.ClauseText.Length)
            {
                var match = rule.Pattern.Match(sketch.ClauseText, position);
                if (!match.Success)
                {
                    break;
                }

                if (rule.Apply(sketch, match))
                {
                    applied = true;
                    sketch.ClauseText = Blank(sketch.ClauseText, match);
                }

                position = match.Index + Math.Max(match.Length, 1);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Odd input must not stall the agent; the row is simply not read.
        }

        return applied;
    }

    private static string Blank(string text, Match match) =>
        new StringBuilder(text).Remove(match.Index, match.Length).Insert(match.Index, new string(' ', match.Length)).ToString();
}
