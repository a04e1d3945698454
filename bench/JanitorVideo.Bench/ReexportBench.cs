using System.Diagnostics;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace JanitorVideo.Bench;

/// <summary>
/// The export a user repeats: a warm server over stdio (the SDK's client, as a host), one 5 s
/// 1080x1920 clip animated from the sample art and exported once (rendered), then exported again
/// N times unchanged (handed out from the kept clips). Prints the first export's time, the median
/// re-export's, their ratio, and the re-export against its goal (under 100 ms); asserts nothing.
/// </summary>
internal static class ReexportBench
{
    private static readonly TimeSpan Goal = TimeSpan.FromMilliseconds(100);

    public static async Task RunAsync(string root, string dll, string dataDir, int runs, CancellationToken cancellationToken)
    {
        // The first export is waited for to its end: a long wait, so it is never answered as still rendering.
        await using var client = await ServerUnderTest.ConnectAsync(dll, dataDir, new Dictionary<string, string?> { ["JANITOR_TOOL_WAIT"] = "600" }, cancellationToken);
        var art = Path.Combine(root, "samples", "art", "druid.png");
        await CallAsync(client, "upload", new() { ["files"] = new[] { art } }, cancellationToken);
        await CallAsync(client, "generate_or_edit", new() { ["instruction"] = "animate this character with a slow push-in, 5 seconds, 9:16, 1080p" }, cancellationToken);

        var clock = Stopwatch.StartNew();
        var first = await CallAsync(client, "export", [], cancellationToken);
        var firstTime = clock.Elapsed;
        var size = first.StructuredContent?.GetProperty("size_bytes").GetInt64() ?? 0;
        var width = first.StructuredContent?.GetProperty("width").ToString();
        var height = first.StructuredContent?.GetProperty("height").ToString();

        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            clock.Restart();
            var again = await CallAsync(client, "export", [], cancellationToken);
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (again.StructuredContent?.GetProperty("reused").GetBoolean() != true)
            {
                Console.WriteLine($"  run {run + 1}: rendered again (not reused): the cache missed");
            }
        }

        times.Sort();
        var median = times[times.Count / 2];
        Console.WriteLine($"export of a {width}x{height} clip ({size / 1024.0 / 1024.0:0.0} MB), warm server over stdio:");
        Console.WriteLine($"  first export (rendered):      {firstTime.TotalMilliseconds,8:0} ms");
        Console.WriteLine($"  unchanged re-export, median:  {median,8:0.0} ms over {runs} runs (min {times[0]:0.0}, max {times[^1]:0.0})");
        Console.WriteLine($"  first / re-export:            {firstTime.TotalMilliseconds / median,8:0}x");
        Console.WriteLine($"  goal: re-export under {Goal.TotalMilliseconds:0} ms: {(median < Goal.TotalMilliseconds ? "MET" : "MISSED")} ({median / Goal.TotalMilliseconds:0.00} of the goal)");
    }

    private static async Task<CallToolResult> CallAsync(McpClient client, string tool, Dictionary<string, object?> arguments, CancellationToken cancellationToken)
    {
        var result = await client.CallToolAsync(tool, arguments, cancellationToken: cancellationToken);
        if (result.IsError == true)
        {
            throw new InvalidOperationException($"{tool} failed: {string.Join(" ", result.Content.OfType<TextContentBlock>().Select(b => b.Text))}");
        }

        return result;
    }
}
