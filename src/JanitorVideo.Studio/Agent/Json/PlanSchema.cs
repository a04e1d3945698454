using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// The JSON Schema (draft 2020-12) of a plan, generated from the plan's types by
/// <see cref="JsonSchemaExporter"/> and given the words and limits of <see cref="PlanFields"/>.
/// </summary>
internal static class PlanSchema
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(JsonSerializerOptions options)
    {
        var discriminators = options.GetTypeInfo(typeof(EditStep)).PolymorphismOptions!.DerivedTypes
            .ToDictionary(derived => derived.DerivedType, derived => (string)derived.TypeDiscriminator!);
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => context.PropertyInfo is { } property
                ? Field(node, property.Name)
                : Titled(node, context.TypeInfo, context.Path.IsEmpty ? "EditPlan" : discriminators.GetValueOrDefault(context.TypeInfo.Type)),
        };
        var schema = options.GetJsonSchemaAsNode(typeof(EditPlan), exporter);
        return schema.ToJsonString(Indented);
    }

    // A plan or a step: a title and the words for the model first, as a reader expects them. The
    // exporter counts every constructor parameter as required; the plan requires only the
    // [JsonRequired] ones. A step names its type again, so each alternative reads whole on its own.
    private static JsonNode Titled(JsonNode node, JsonTypeInfo info, string? title)
    {
        if (node is not JsonObject schema || title is null)
        {
            return node;
        }

        var isStep = info.Type != typeof(EditPlan);
        var titled = new JsonObject();
        if (!isStep)
        {
            titled["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        }

        titled["title"] = title;
        if (info.Type.GetCustomAttribute<DescriptionAttribute>() is { } description)
        {
            titled["description"] = description.Description;
        }

        titled["type"] = "object";
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            if (key is not ("type" or "required"))
            {
                titled[key] = value;
            }
        }

        var required = info.Properties.Where(property => property.IsRequired).Select(property => property.Name);
        required = isStep ? ["type", .. required] : required;
        if (required.Any())
        {
            titled["required"] = new JsonArray([.. required.Select(name => (JsonNode?)name)]);
        }

        return titled;
    }

    private static JsonNode Field(JsonNode node, string name)
    {
        if (node is not JsonObject schema || !PlanFields.All.TryGetValue(name, out var field))
        {
            return node;
        }

        schema["description"] = field.Description;
        var types = schema["type"] is JsonArray list ? list.Select(type => type?.GetValue<string>()).ToList() : [schema["type"]?.GetValue<string>()];
        var isText = types.Contains("string");
        if (field.Allowed is { } allowed)
        {
            var values = new JsonArray([.. allowed.Select(value => isText ? JsonValue.Create(value) : JsonValue.Create(double.Parse(value, CultureInfo.InvariantCulture)))]);
            if (types.Contains("null"))
            {
                values.Add(null);
            }

            schema["enum"] = values;
        }

        var limits = new (string Key, JsonNode? Value)[]
        {
            ("minimum", field.Minimum),
            ("maximum", field.Maximum),
            ("minLength", isText && field.Allowed is null ? 1 : null),
            ("maxLength", field.MaxLength),
            ("pattern", field.Pattern),
        };
        foreach (var (key, value) in limits.Where(limit => limit.Value is not null))
        {
            schema[key] = value;
        }

        return schema;
    }
}
