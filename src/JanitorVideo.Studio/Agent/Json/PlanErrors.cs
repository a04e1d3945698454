using System.Text.Json;
using System.Text.RegularExpressions;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// Turns the serializer's complaint about a plan into words the model's correction round can use:
/// where it is in the plan's terms ("steps[0] (animate)"), what the serializer said with .NET type
/// names put back into wire names, and the names that fit there.
/// </summary>
internal static partial class PlanErrors
{
    public static string Explain(Exception exception, JsonElement root, JsonSerializerOptions options)
    {
        var path = (exception as JsonException)?.Path ?? PathText().Match(exception.Message).Groups[1].Value;
        var stepTypes = options.GetTypeInfo(typeof(EditStep)).PolymorphismOptions!.DerivedTypes.ToList();
        var said = PathTail().Replace(exception.Message, string.Empty).Replace(" Consider updating its nullability annotation.", string.Empty, StringComparison.Ordinal);
        said = AgentType().Replace(said, match => match.Groups[1].Value switch
        {
            nameof(EditPlan) => "the plan",
            nameof(EditStep) => "a step",
            var name => stepTypes.FirstOrDefault(derived => derived.DerivedType.Name == name).TypeDiscriminator as string ?? match.Value,
        });

        var location = StepPath().Match(path ?? string.Empty);
        if (!location.Success)
        {
            said = Field(path, typeof(EditPlan), options) ?? said;
            return $"the plan: {said} The plan's fields are steps (required), understood and question.";
        }

        var index = int.Parse(location.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var step = root.TryGetProperty("steps", out var steps) && steps.ValueKind == JsonValueKind.Array && index < steps.GetArrayLength() ? steps[index] : default;
        var type = step.ValueKind == JsonValueKind.Object && step.TryGetProperty("type", out var named) && named.ValueKind == JsonValueKind.String ? named.GetString() : null;
        var known = stepTypes.FirstOrDefault(derived => derived.TypeDiscriminator as string == type);
        if (known.DerivedType is null)
        {
            return $"steps[{index}]: {said} Each step needs \"type\", one of {string.Join(", ", stepTypes.Select(derived => derived.TypeDiscriminator))}.";
        }

        said = Field(path, known.DerivedType, options) ?? said;
        var fields = options.GetTypeInfo(known.DerivedType).Properties;
        var required = fields.Where(field => field.IsRequired).Select(field => field.Name).ToList();
        return $"steps[{index}] ({type}): {said} The fields of {type} are {string.Join(", ", ["type", .. fields.Select(field => field.Name)])}"
            + (required.Count > 0 ? $"; required: {string.Join(", ", required)}." : ".");
    }

    // Everything the serializer refuses at a known field is a value of the wrong type (or a null where one is needed).
    private static string? Field(string? path, Type owner, JsonSerializerOptions options)
    {
        var name = FieldName().Match(path ?? string.Empty).Groups[1].Value;
        var field = options.GetTypeInfo(owner).Properties.FirstOrDefault(property => property.Name == name);
        var expected = (field is null ? null : Nullable.GetUnderlyingType(field.PropertyType) ?? field.PropertyType) switch
        {
            null => null,
            var type when type == typeof(int) => "a whole number",
            var type when type == typeof(double) => "a number",
            var type when type == typeof(bool) => "true or false",
            var type when type == typeof(string) => "a string",
            var type when type == typeof(IReadOnlyList<EditStep>) => "an array of steps",
            _ => "an array of strings",
        };
        return expected is null ? null : $"{name} must be {expected}.";
    }

    [GeneratedRegex(@"\.(\w+)$")]
    private static partial Regex FieldName();

    [GeneratedRegex(@"Path: (\S+)")]
    private static partial Regex PathText();

    [GeneratedRegex(@" ?Path: .*$", RegexOptions.Singleline)]
    private static partial Regex PathTail();

    [GeneratedRegex(@"JanitorVideo\.Studio\.Agent\.(\w+)")]
    private static partial Regex AgentType();

    [GeneratedRegex(@"^\$\.steps\[(\d+)\]")]
    private static partial Regex StepPath();
}
