using System.Text.RegularExpressions;

namespace JanitorVideo.Render.Planning;

/// <summary>One row of the prompt table: words that match <see cref="Pattern"/> change the plan.</summary>
public sealed record PromptRule(string Name, Regex Pattern, Func<AnimationPlan, Match, AnimationPlan> Apply);
