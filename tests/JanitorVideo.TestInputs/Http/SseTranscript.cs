using System.Text.Json.Nodes;

namespace JanitorVideo.TestInputs.Http;

/// <summary>What a client read from a reply stream: the lines as they came, the events, and whether the stream broke.</summary>
public sealed record SseTranscript(IReadOnlyList<string> Lines, IReadOnlyList<JsonObject> Events, bool Dropped)
{
    public IEnumerable<string> Types => Events.Select(item => (string)item["type"]!);

    public string Text => string.Concat(Events.Where(item => (string?)item["type"] == "text").Select(item => (string)item["content"]!));

    public static async Task<SseTranscript> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        var lines = new List<string>();
        var events = new List<JsonObject>();
        try
        {
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                lines.Add(line);
                if (line.StartsWith("data:", StringComparison.Ordinal) && line[5..].Trim() is { Length: > 0 } json)
                {
                    events.Add(JsonNode.Parse(json)!.AsObject());
                }
            }

            return new SseTranscript(lines, events, Dropped: false);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            return new SseTranscript(lines, events, Dropped: true);
        }
    }
}
