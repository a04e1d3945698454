using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace JanitorVideo.Studio.Agent;

/// <summary>Writes a plan as the JSON <see cref="EditPlanReader"/> reads: fields in table order, absent values left out.</summary>
internal static class EditPlanWriter
{
    // Relaxed escaping keeps Chinese texts readable; the plan travels as JSON, never inside HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(EditPlan plan)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("steps");
            foreach (var step in plan.Steps)
            {
                WriteStep(writer, step);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("understood");
            foreach (var line in plan.Understood)
            {
                writer.WriteStringValue(line);
            }

            writer.WriteEndArray();
            if (plan.Question is { } question)
            {
                writer.WriteString("question", question);
            }
            else
            {
                writer.WriteNull("question");
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteStep(Utf8JsonWriter writer, EditStep step)
    {
        var shape = StepShapes.For(step);
        var values = shape.Values(step);
        writer.WriteStartObject();
        writer.WriteString("type", shape.Type);
        for (var i = 0; i < shape.Fields.Count; i++)
        {
            var name = shape.Fields[i].Name;
            switch (values[i])
            {
                case null:
                    break;
                case string text:
                    writer.WriteString(name, text);
                    break;
                case bool flag:
                    writer.WriteBoolean(name, flag);
                    break;
                case int whole:
                    writer.WriteNumber(name, whole);
                    break;
                case double number:
                    writer.WriteNumber(name, number);
                    break;
                case var other:
                    writer.WriteString(name, Convert.ToString(other, CultureInfo.InvariantCulture));
                    break;
            }
        }

        writer.WriteEndObject();
    }
}
