using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// The JSON form of an <see cref="EditPlan"/>, for a language model that plans instead of the
/// rules: the schema to give it, a strict reader for its answer, and a writer.
/// </summary>
/// <remarks>
/// Shape: <c>{"steps":[{"type":"animate","imageIndex":0,"motion":"push-in"}, …],"understood":["…"],"question":null}</c>.
/// Step types are snake_case (<c>animate</c>, <c>add_particles</c>, <c>set_volume</c>, …), fields
/// camelCase. The step records are the types; <see cref="PlanFields"/> adds the limits, which the
/// schema states and <see cref="PlanChecks"/> enforces.
/// </remarks>
public static class EditPlanJson
{
    /// <summary>The one set of options for a plan's JSON: strict reading, short writing.</summary>
    internal static JsonSerializerOptions Options { get; } = CreateOptions();

    private static readonly Lazy<string> SchemaText = new(() => PlanSchema.Write(Options));

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

        // The document refuses a repeated key, so what the serializer refuses at a field is always its value.
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(StripFence(json), new JsonDocumentOptions { MaxDepth = Options.MaxDepth, AllowDuplicateProperties = false });
        }
        catch (JsonException ex)
        {
            error = $"The answer is not valid JSON: {ex.Message}";
            return false;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = $"The plan must be a JSON object, but it is {document.RootElement.ValueKind switch
                {
                    JsonValueKind.Array => "an array",
                    JsonValueKind.String => "a string",
                    JsonValueKind.Number => "a number",
                    JsonValueKind.Null => "null",
                    _ => "true or false",
                }}.";
                return false;
            }

            try
            {
                // A missing "understood" reads as null; the plan's API promises a list.
                var read = document.RootElement.Deserialize<EditPlan>(Options)!;
                read = read with { Understood = read.Understood ?? [] };
                error = PlanChecks.Problem(read, Options);
                plan = error is null ? read : null;
            }
            catch (Exception ex) when (ex is JsonException or NotSupportedException)
            {
                error = PlanErrors.Explain(ex, document.RootElement, Options);
            }
        }

        return plan is not null;
    }

    /// <summary>The plan as compact JSON that <see cref="TryParse"/> reads back to an equal plan.</summary>
    public static string ToJson(EditPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return JsonSerializer.Serialize(plan, Options);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            AllowOutOfOrderMetadataProperties = true,
            MaxDepth = 16,

            // Relaxed escaping keeps Chinese texts readable; the plan travels as JSON, never inside HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }

    // Models often wrap JSON in a Markdown code fence; the fence is not part of the plan.
    private static string StripFence(string json)
    {
        var text = json.Trim();
        if (!text.StartsWith("```", StringComparison.Ordinal))
        {
            return text;
        }

        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var body = firstLineEnd < 0 ? string.Empty : text[(firstLineEnd + 1)..];
        return body.EndsWith("```", StringComparison.Ordinal) ? body[..^3] : body;
    }
}
