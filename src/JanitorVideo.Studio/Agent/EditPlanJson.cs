using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// The JSON form of an <see cref="EditPlan"/>, for a language model that plans instead of the
/// rules: the schema to give it, a strict reader for its answer, and a writer.
/// </summary>
/// <remarks>
/// Shape: <c>{"steps":[{"type":"animate","imageIndex":0,"motion":"push-in"}, …],"understood":["…"],"question":null}</c>.
/// Step types are snake_case (<c>animate</c>, <c>add_particles</c>, <c>set_volume</c>, …), fields
/// camelCase. One table (<see cref="StepShapes"/>) defines the schema, the reader and the writer.
/// </remarks>
public static class EditPlanJson
{
    private static readonly Lazy<string> SchemaText = new(EditPlanSchema.Write);

    /// <summary>The JSON Schema (draft 2020-12) of a plan.</summary>
    public static string Schema => SchemaText.Value;

    /// <summary>Reads a plan strictly; a Markdown code fence around the JSON is allowed.</summary>
    /// <param name="json">The model's answer.</param>
    /// <param name="plan">The plan, or null when the JSON is not a valid plan.</param>
    /// <param name="error">What is wrong and where, in plain words; null on success.</param>
    public static bool TryParse(string json, [NotNullWhen(true)] out EditPlan? plan, [NotNullWhen(false)] out string? error)
    {
        plan = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            error = "The answer is empty: expected a JSON plan.";
            return false;
        }

        try
        {
            plan = EditPlanReader.Read(json);
            error = null;
            return true;
        }
        catch (JsonException ex)
        {
            error = $"The answer is not valid JSON: {ex.Message}";
        }
        catch (FormatException ex)
        {
            error = ex.Message;
        }

        return false;
    }

    /// <summary>The plan as compact JSON that <see cref="TryParse"/> reads back to an equal plan.</summary>
    public static string ToJson(EditPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return EditPlanWriter.Write(plan);
    }
}
