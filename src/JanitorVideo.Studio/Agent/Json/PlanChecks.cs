using System.Text.Json;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// The checks a plan's JSON types cannot state: field limits (<see cref="PlanFields"/>), rules
/// across fields, and question-or-steps. Each problem names where it is ("steps[1] (set_volume): …"),
/// so the model's correction round knows what to fix.
/// </summary>
internal static class PlanChecks
{
    /// <summary>The first problem of a plan read from JSON, or null when it may be applied.</summary>
    public static string? Problem(EditPlan plan, JsonSerializerOptions options)
    {
        for (var i = 0; i < plan.Steps.Count; i++)
        {
            if (StepProblem(plan.Steps[i], $"steps[{i}]", options) is { } problem)
            {
                return problem;
            }
        }

        if (plan.Understood.Any(line => line is null))
        {
            return "\"understood\" must be an array of strings, without nulls.";
        }

        if (plan.Question is { } question && question.Trim().Length == 0)
        {
            return "\"question\" must be a non-empty string or null.";
        }

        return (plan.Steps.Count, plan.Question) switch
        {
            (> 0, not null) => "A plan either asks a question or has steps, not both.",
            (0, null) => "The plan has no steps and no question.",
            _ => null,
        };
    }

    private static string? StepProblem(EditStep? step, string where, JsonSerializerOptions options)
    {
        if (step is null)
        {
            return $"{where} must be a step object, but it is null.";
        }

        var type = options.GetTypeInfo(typeof(EditStep)).PolymorphismOptions!.DerivedTypes
            .First(derived => derived.DerivedType == step.GetType()).TypeDiscriminator;
        where = $"{where} ({type})";
        foreach (var property in options.GetTypeInfo(step.GetType()).Properties)
        {
            if (property.Get?.Invoke(step) is { } value
                && PlanFields.All.TryGetValue(property.Name, out var field)
                && field.Check(value) is { } problem)
            {
                return $"{where}: {property.Name} {problem}.";
            }
        }

        return Across(step) is { } across ? $"{where}: {across}." : null;
    }

    // Rules that span fields.
    private static string? Across(EditStep step) => step switch
    {
        AddText add => TimesInOrder(add.StartSeconds, add.EndSeconds),
        ChangeText { Text: null, StartSeconds: null, EndSeconds: null, Placement: null } =>
            "it changes nothing: give text, startSeconds, endSeconds or placement",
        ChangeText change => TimesInOrder(change.StartSeconds, change.EndSeconds),
        _ => null,
    };

    private static string? TimesInOrder(double? start, double? end) =>
        start is { } s && end is { } e && e <= s ? "endSeconds must come after startSeconds" : null;
}
