using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace JanitorVideo.Studio.Agent;

/// <summary>Writes the JSON Schema (draft 2020-12) of a plan from <see cref="StepShapes"/>.</summary>
internal static class EditPlanSchema
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            writer.WriteString("title", "EditPlan");
            writer.WriteString("description",
                "What the studio agent does for one instruction: steps in order, one plain line per thing understood (in the user's language), " +
                "or a question and no steps. Seconds are 1–60; texts' endSeconds come after startSeconds.");
            writer.WriteString("type", "object");
            writer.WriteBoolean("additionalProperties", false);
            writer.WriteStartArray("required");
            writer.WriteStringValue("steps");
            writer.WriteEndArray();
            writer.WriteStartObject("properties");
            writer.WriteStartObject("steps");
            writer.WriteString("type", "array");
            writer.WriteStartObject("items");
            writer.WriteStartArray("oneOf");
            foreach (var shape in StepShapes.All)
            {
                WriteShape(writer, shape);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartObject("understood");
            writer.WriteString("type", "array");
            writer.WriteStartObject("items");
            writer.WriteString("type", "string");
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartObject("question");
            WriteTypes(writer, "string", nullable: true);
            writer.WriteString("description", "One question in the user's language when the agent cannot act; then steps is empty.");
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteShape(Utf8JsonWriter writer, StepShape shape)
    {
        writer.WriteStartObject();
        writer.WriteString("title", shape.Type);
        writer.WriteString("description", shape.Description);
        writer.WriteString("type", "object");
        writer.WriteBoolean("additionalProperties", false);
        writer.WriteStartArray("required");
        writer.WriteStringValue("type");
        foreach (var field in shape.Fields.Where(field => field.Required))
        {
            writer.WriteStringValue(field.Name);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("properties");
        writer.WriteStartObject("type");
        writer.WriteString("const", shape.Type);
        writer.WriteEndObject();
        foreach (var field in shape.Fields)
        {
            WriteField(writer, field);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter writer, StepField field)
    {
        writer.WriteStartObject(field.Name);
        var type = field.Kind switch
        {
            StepFieldKind.Integer => "integer",
            StepFieldKind.Number => "number",
            StepFieldKind.Flag => "boolean",
            _ => "string",
        };
        WriteTypes(writer, type, nullable: !field.Required);
        writer.WriteString("description", field.Description);
        if (field.Allowed is { } allowed)
        {
            writer.WriteStartArray("enum");
            foreach (var value in allowed)
            {
                if (field.Kind == StepFieldKind.Text)
                {
                    writer.WriteStringValue(value);
                }
                else
                {
                    writer.WriteNumberValue(double.Parse(value, CultureInfo.InvariantCulture));
                }
            }

            if (!field.Required)
            {
                writer.WriteNullValue();
            }

            writer.WriteEndArray();
        }

        if (field.Minimum is { } minimum)
        {
            writer.WriteNumber("minimum", minimum);
        }

        if (field.Maximum is { } maximum)
        {
            writer.WriteNumber("maximum", maximum);
        }

        if (field.Kind == StepFieldKind.Text && field.Allowed is null)
        {
            writer.WriteNumber("minLength", 1);
        }

        if (field.MaxLength is { } maxLength)
        {
            writer.WriteNumber("maxLength", maxLength);
        }

        if (field.Pattern is { } pattern)
        {
            writer.WriteString("pattern", pattern);
        }

        writer.WriteEndObject();
    }

    private static void WriteTypes(Utf8JsonWriter writer, string type, bool nullable)
    {
        if (!nullable)
        {
            writer.WriteString("type", type);
            return;
        }

        writer.WriteStartArray("type");
        writer.WriteStringValue(type);
        writer.WriteStringValue("null");
        writer.WriteEndArray();
    }
}
