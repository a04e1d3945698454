using System.Text.Json;
using SkiaSharp;

namespace JanitorVideo.SampleArt;

/// <summary>cases.json: what a framing test outside .NET (or a person) needs to know about each file.</summary>
internal static class CasesJson
{
    public static byte[] Write(IReadOnlyList<FramingCase> cases)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("boxes", "image pixels: left and top inclusive, right and bottom exclusive");
            json.WriteStartArray("cases");
            foreach (var c in cases)
            {
                json.WriteStartObject();
                json.WriteString("name", c.Name);
                json.WriteString("file", c.FileName);
                json.WriteString("description", c.Description);
                json.WriteNumber("width", c.Width);
                json.WriteNumber("height", c.Height);
                Box(json, "subjectBox", c.SubjectBox);
                Box(json, "headBox", c.HeadBox);
                json.WriteStartArray("heads");
                foreach (var head in c.Heads)
                {
                    Box(json, null, head);
                }
                json.WriteEndArray();
                json.WriteStartArray("cutEdges");
                foreach (var edge in new[] { CutEdges.Left, CutEdges.Right, CutEdges.Top, CutEdges.Bottom }.Where(e => c.CutEdges.HasFlag(e)))
                {
                    json.WriteStringValue(edge.ToString().ToLowerInvariant());
                }
                json.WriteEndArray();
                json.WriteString("facing", c.Facing.ToString().ToLowerInvariant());
                json.WriteBoolean("transparent", c.Transparent);
                json.WriteBoolean("pixelArt", c.PixelArt);
                if (c.PixelArt)
                {
                    json.WriteNumber("artPixelSize", c.ArtPixelSize);
                    json.WriteStartArray("palette");
                    foreach (var colour in c.Palette)
                    {
                        json.WriteStringValue($"#{colour.Red:X2}{colour.Green:X2}{colour.Blue:X2}");
                    }
                    json.WriteEndArray();
                }
                if (c.Animated)
                {
                    json.WriteStartArray("frameDurationsMs");
                    foreach (var duration in c.FrameDurationsMs)
                    {
                        json.WriteNumberValue(duration);
                    }
                    json.WriteEndArray();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static void Box(Utf8JsonWriter json, string? name, SKRectI box)
    {
        if (name is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(name);
        }
        json.WriteNumber("left", box.Left);
        json.WriteNumber("top", box.Top);
        json.WriteNumber("right", box.Right);
        json.WriteNumber("bottom", box.Bottom);
        json.WriteEndObject();
    }
}
