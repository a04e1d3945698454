using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// Reads a plan from JSON strictly: unknown step types, unknown fields, wrong types and values
/// out of range are errors, each named by where it is ("steps[1].volumePercent").
/// </summary>
internal static class EditPlanReader
{
    private static readonly string[] PlanKeys = ["steps", "understood", "question"];

    public static EditPlan Read(string json)
    {
        using var document = JsonDocument.Parse(StripFence(json), new JsonDocumentOptions { MaxDepth = 16 });
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Problem($"The plan must be a JSON object, but it is {Describe(root)}.");
        }

        var properties = Properties(root, "the plan", PlanKeys);
        if (!properties.TryGetValue("steps", out var stepsElement) || stepsElement.ValueKind != JsonValueKind.Array)
        {
            throw Problem("The plan needs \"steps\": an array of steps (empty when it asks a question).");
        }

        var steps = stepsElement.EnumerateArray().Select((step, index) => Step(step, $"steps[{index}]")).ToList();
        var understood = properties.TryGetValue("understood", out var lines) ? Strings(lines, "understood") : [];
        string? question = null;
        if (properties.TryGetValue("question", out var asked) && asked.ValueKind != JsonValueKind.Null)
        {
            question = asked.ValueKind == JsonValueKind.String && asked.GetString() is { Length: > 0 } text
                ? text
                : throw Problem($"\"question\" must be a non-empty string or null, but it is {Describe(asked)}.");
        }

        return (steps.Count, question) switch
        {
            (> 0, not null) => throw Problem("A plan either asks a question or has steps, not both."),
            (0, null) => throw Problem("The plan has no steps and no question."),
            _ => new EditPlan(steps, understood, question),
        };
    }

    private static EditStep Step(JsonElement element, string where)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Problem($"{where} must be an object, but it is {Describe(element)}.");
        }

        if (!element.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            throw Problem($"{where} needs a \"type\" string: one of {string.Join(", ", StepShapes.All.Select(shape => shape.Type))}.");
        }

        var type = typeElement.GetString()!;
        var shape = StepShapes.Find(type)
            ?? throw Problem($"{where}: unknown step type \"{type}\"; the step types are {string.Join(", ", StepShapes.All.Select(s => s.Type))}.");
        where = $"{where} ({type})";
        var properties = Properties(element, where, ["type", .. shape.Fields.Select(field => field.Name)]);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in shape.Fields)
        {
            var present = properties.TryGetValue(field.Name, out var value) && value.ValueKind != JsonValueKind.Null;
            if (!present)
            {
                values[field.Name] = field.Required ? throw Problem($"{where}: \"{field.Name}\" is required. {field.Description}") : null;
                continue;
            }

            values[field.Name] = Value(field, value, $"{where}: {field.Name}");
        }

        var step = shape.Create(new StepValues(values));
        return shape.Check(step) is { } problem ? throw Problem($"{where}: {problem}.") : step;
    }

    private static object Value(StepField field, JsonElement value, string where)
    {
        switch (field.Kind)
        {
            case StepFieldKind.Flag:
                return value.ValueKind is JsonValueKind.True or JsonValueKind.False
                    ? value.GetBoolean()
                    : throw Problem($"{where} must be true or false, but it is {Describe(value)}.");
            case StepFieldKind.Text:
                var text = value.ValueKind == JsonValueKind.String
                    ? value.GetString()!
                    : throw Problem($"{where} must be a string, but it is {Describe(value)}.");
                CheckText(field, text, where);
                return text;
            default:
                var number = value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var n) && double.IsFinite(n)
                    ? n
                    : throw Problem($"{where} must be a number, but it is {Describe(value)}.");
                CheckNumber(field, number, where);
                return number;
        }
    }

    private static void CheckText(StepField field, string text, string where)
    {
        if (text.Trim().Length == 0)
        {
            throw Problem($"{where} must not be empty.");
        }

        if (field.Allowed is { } allowed && !allowed.Contains(text))
        {
            throw Problem($"{where} must be one of {string.Join(", ", allowed)}, but it is \"{text}\".");
        }

        if (field.MaxLength is { } max && text.Length > max)
        {
            throw Problem($"{where} is {text.Length} characters long; at most {max} are allowed.");
        }

        if (field.Pattern is { } pattern && !Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            throw Problem($"{where} \"{text}\" is not allowed here. {field.Description}");
        }
    }

    private static void CheckNumber(StepField field, double number, string where)
    {
        var shown = number.ToString(CultureInfo.InvariantCulture);
        if (field.Kind == StepFieldKind.Integer && (number % 1 != 0 || Math.Abs(number) > int.MaxValue))
        {
            throw Problem($"{where} must be a whole number, but it is {shown}.");
        }

        if (field.Allowed is { } allowed && !allowed.Contains(shown))
        {
            throw Problem($"{where} must be one of {string.Join(", ", allowed)}, but it is {shown}.");
        }

        if (number < field.Minimum || number > field.Maximum)
        {
            throw Problem(string.Create(CultureInfo.InvariantCulture,
                $"{where} must be between {field.Minimum} and {field.Maximum}, but it is {shown}."));
        }
    }

    // Every property once, and only the known ones.
    private static Dictionary<string, JsonElement> Properties(JsonElement element, string where, IReadOnlyList<string> known)
    {
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                throw Problem($"{where}: unknown field \"{property.Name}\"; the fields are {string.Join(", ", known)}.");
            }

            if (!properties.TryAdd(property.Name, property.Value))
            {
                throw Problem($"{where}: \"{property.Name}\" is given twice.");
            }
        }

        return properties;
    }

    private static List<string> Strings(JsonElement element, string where) =>
        element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray().Select((item, index) => item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw Problem($"{where}[{index}] must be a string, but it is {Describe(item)}.")).ToList()
            : throw Problem($"\"{where}\" must be an array of strings, but it is {Describe(element)}.");

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

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{element.GetString()}\"",
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        _ => "null",
    };

    private static FormatException Problem(string message) => new(message);
}
