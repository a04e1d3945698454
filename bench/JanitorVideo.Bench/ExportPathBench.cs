using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace JanitorVideo.Bench;

/// <summary>
/// The path users wait on (issue 12): the <c>export</c> tool of a warm server over stdio (the SDK's
/// client, as a host). The sample character is animated with a push-in, sparkles, a title and
/// ambient music; one warm-up export, then N rounds of a title change (new pixels, so the export
/// renders) and an export, timed on the client. Each exported MP4's encoder floor is measured in the
/// same run (<see cref="EncoderFloor"/>), and each export's phases are read from the server's log
/// (<see cref="ServerLog"/>). Prints a table, the median export/floor against the goal, the first
/// export against the warm ones, then (unless <c>--sizes 0</c>) a 30 s and a 1080x1080 clip, and
/// (with <c>--memory</c>) the server's memory after 2 and after 20 exports. Asserts nothing.
/// </summary>
internal static class ExportPathBench
{
    private const double Goal = 1.5, Stretch = 1.3, LongClipGoal = 1.4, MemoryGoal = 1.2;
    private const int MemoryExports = 20;

    // The engine's phases in the render queue's line, in order; "other" is the render's time outside them.
    private static readonly string[] RenderPhases = ["decode", "prepare", "encoder start", "frames", "flush", "verify", "previews", "join"];

    private static readonly IReadOnlyDictionary<string, string?> Environment = new Dictionary<string, string?>
    {
        // Waited for to the end: an export is never answered as still rendering.
        ["JANITOR_TOOL_WAIT"] = "600",
        // The phase lines are Information.
        ["JANITOR_LOG_LEVEL"] = "Information",
    };

    private static readonly Column[] Columns =
    [
        new("export s", run => run.WallMs / 1000, "0.00"),
        new("floor s", run => run.FloorMs / 1000, "0.00"),
        new("ratio", run => run.Ratio, "0.00"),
        new("queue", run => run.Render["queue"]),
        new("decode", run => run.Render["decode"]),
        new("prepare", run => run.Render["prepare"]),
        new("enc start", run => run.Render["encoder start"]),
        new("frames", run => run.Render["frames"]),
        new("flush", run => run.Render["flush"]),
        new("verify", run => run.Render["verify"]),
        new("previews", run => run.Render["previews"]),
        new("rnd other", run => run.Render["total"] - RenderPhases.Sum(phase => run.Render.GetValueOrDefault(phase))),
        new("poll lag", run => run.Export["render wait"] - run.Render["queue"] - run.Render["total"]),
        new("download", run => run.Export["download"]),
        new("inspect", run => run.Export["inspect"]),
        new("keep+copy", run => run.Export["keep"] + run.Export["copy"]),
        new("project", run => run.Export["project"]),
        new("tool", run => run.WallMs - run.Export["project"] - run.Export["total"]),
        new("srv cpu", run => run.ServerCpuMs / 1000, "0.00"),
        new("ffm cpu", run => run.FfmpegCpuMs / 1000, "0.00"),
        new("floor cpu", run => run.FloorCpuMs / 1000, "0.00"),
    ];

    public static async Task RunAsync(string root, string dll, string dataDir, int runs, bool sizes, bool memory, bool longOnly, CancellationToken cancellationToken)
    {
        var art = Path.Combine(root, "samples", "art", "druid.png");
        var floor = EncoderFloor.InRam("janitor-export-bench-" + System.Environment.ProcessId);
        var servers = new List<int>();
        try
        {
            Console.WriteLine($"export tool of a warm server over stdio vs the encoder's floor (FFmpeg encoding the exported frames from raw yuv420p in RAM, veryfast CRF 20); {System.Environment.ProcessorCount} cores");
            Console.WriteLine("phases in ms, from the server's log: queue = render submitted → started; decode, prepare (scene), enc start (waiting for FFmpeg and the music bed after the scene),");
            Console.WriteLine("  frames (drawn and written), flush (FFmpeg finishing), verify (ffprobe), previews (poster and sheet after the check), rnd other (the render's time outside those);");
            Console.WriteLine("  poll lag = the export's render wait beyond queue + render; download, inspect (ffprobe, contact sheet), keep+copy (into the clip cache, to the destination);");
            Console.WriteLine("  project (finding it, reading its state); tool = client wall − project − the export's own time (MCP, JSON, result).");
            Console.WriteLine("CPU s over the export: srv = the server's own threads, ffm = its FFmpeg and ffprobe children; floor = the floor's FFmpeg.");
            if (longOnly)
            {
                // Two builds compared on the clip nearest its goal: run one after the other, alternating.
                var only = await MeasureAsync(new Clip("30 s 1080x1920", 30, "9:16", 1080, runs), art, dll, dataDir, floor, servers, cancellationToken);
                var onlyRatio = Median(only.Runs.Select(run => run.Ratio));
                Console.WriteLine($"  median export/floor = {onlyRatio:0.00}: goal <= {LongClipGoal:0.0} {Verdict(onlyRatio, LongClipGoal)}");
                return;
            }

            var main = await MeasureAsync(new Clip("5 s 1080x1920", 5, "9:16", 1080, runs), art, dll, dataDir, floor, servers, cancellationToken);
            var warmMedian = Median(main.Runs.Select(run => run.WallMs));
            var ratio = Median(main.Runs.Select(run => run.Ratio));
            Console.WriteLine($"  median export/floor = {ratio:0.00}: goal <= {Goal:0.0} {Verdict(ratio, Goal)}, stretch <= {Stretch:0.0} {Verdict(ratio, Stretch)}");
            Console.WriteLine($"  first export after start-up: {main.First.WallMs / 1000:0.00} s, {main.First.WallMs / warmMedian:0.00}x the median warm export ({warmMedian / 1000:0.00} s); " +
                              $"its own export/floor = {main.First.Ratio:0.00}");

            if (sizes)
            {
                var runsEach = Math.Min(3, runs);
                var longClip = await MeasureAsync(new Clip("30 s 1080x1920", 30, "9:16", 1080, runsEach), art, dll, dataDir, floor, servers, cancellationToken);
                var longRatio = Median(longClip.Runs.Select(run => run.Ratio));
                Console.WriteLine($"  median export/floor = {longRatio:0.00}: goal <= {LongClipGoal:0.0} {Verdict(longRatio, LongClipGoal)}; " +
                                  $"cost vs 5 s: {Median(longClip.Runs.Select(run => run.WallMs)) / warmMedian:0.00}x for 6x the frames");
                var square = await MeasureAsync(new Clip("5 s 1080x1080", 5, "1:1", 1080, runsEach), art, dll, dataDir, floor, servers, cancellationToken);
                var squareRatio = Median(square.Runs.Select(run => run.Ratio));
                Console.WriteLine($"  median export/floor = {squareRatio:0.00} (no goal of its own; the 5 s 1080x1920 goal is {Goal:0.0})");
            }

            if (memory)
            {
                await MemoryAsync(art, dll, dataDir, servers, cancellationToken);
            }
        }
        finally
        {
            floor.Clean();
        }
    }

    /// <summary>One server: the clip animated, a warm-up export, then <see cref="Clip.Runs"/> edits and exports; prints the table.</summary>
    private static async Task<Measured> MeasureAsync(Clip clip, string art, string dll, string dataDir, EncoderFloor floor, List<int> servers,
        CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"[export-path] {clip.Name}: starting a server, animating, warm-up export…");
        var folder = Path.Combine(dataDir, clip.Folder);
        await using var client = await ServerUnderTest.ConnectAsync(dll, folder, Environment, cancellationToken);
        var server = ProcessMemory.ChildWith(dll, [.. servers]);
        servers.Add(server);
        var log = new ServerLog(folder);
        await CallAsync(client, "upload", new() { ["files"] = new[] { art } }, cancellationToken);
        var animated = await CallAsync(client, "generate_or_edit", new() { ["instruction"] = clip.Words("Take 0") }, cancellationToken);
        var plan = await PlanAsync(client, animated, cancellationToken);
        var first = await ExportAsync(client, server, log, floor, "warm-up", cancellationToken);
        var runs = new List<ExportRun>();
        for (var run = 1; run <= clip.Runs; run++)
        {
            Console.Error.WriteLine($"[export-path] {clip.Name}: run {run} of {clip.Runs}");
            await CallAsync(client, "generate_or_edit", new() { ["instruction"] = $"change the title to 'Take {run}'" }, cancellationToken);
            runs.Add(await ExportAsync(client, server, log, floor, run.ToString(CultureInfo.InvariantCulture), cancellationToken));
        }

        Console.WriteLine();
        Console.WriteLine($"{clip.Name}, {clip.Runs} run{(clip.Runs == 1 ? "" : "s")} after a warm-up; the studio's words for the clip: {plan}");
        Console.WriteLine(string.Concat(Columns.Select(column => column.Header.PadLeft(column.Width))).Insert(0, "run".PadRight(8)));
        foreach (var run in runs.Prepend(first))
        {
            Console.WriteLine(string.Concat(Columns.Select(column => column.Format(column.Value(run)))).Insert(0, run.Label.PadRight(8)));
        }

        Console.WriteLine(string.Concat(Columns.Select(column => column.Format(Median(runs.Select(column.Value))))).Insert(0, "median".PadRight(8)));
        return new Measured(first, runs);
    }

    /// <summary>The server's resident memory after 2 and after 20 exports of a 2 s 720p clip, each after a title change.</summary>
    private static async Task MemoryAsync(string art, string dll, string dataDir, List<int> servers, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"[export-path] memory: {MemoryExports} exports of a 2 s 720p clip…");
        var folder = Path.Combine(dataDir, "memory");
        await using var client = await ServerUnderTest.ConnectAsync(dll, folder, Environment, cancellationToken);
        var pid = ProcessMemory.ChildWith(dll, [.. servers]);
        servers.Add(pid);
        await CallAsync(client, "upload", new() { ["files"] = new[] { art } }, cancellationToken);
        await CallAsync(client, "generate_or_edit", new() { ["instruction"] = new Clip("", 2, "9:16", 720, 0).Words("Take 0") }, cancellationToken);
        var idle = ProcessMemory.Of(pid);
        ProcessMemory? afterTwo = null;
        var times = new List<double>();
        for (var export = 1; export <= MemoryExports; export++)
        {
            if (export > 1)
            {
                await CallAsync(client, "generate_or_edit", new() { ["instruction"] = $"change the title to 'Take {export}'" }, cancellationToken);
            }

            var clock = Stopwatch.StartNew();
            var result = await CallAsync(client, "export", [], cancellationToken);
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (Field(result, "reused") == "True")
            {
                Console.WriteLine($"  export {export} was handed out again, not rendered: the title change did not reach the clip");
            }

            if (export == 2)
            {
                afterTwo = ProcessMemory.Of(pid);
            }
        }

        var after = ProcessMemory.Of(pid);
        var growth = after.ResidentBytes / (double)afterTwo!.ResidentBytes;
        Console.WriteLine();
        Console.WriteLine($"server memory over {MemoryExports} exports of a 2 s 720p clip (each after a title change; median export {Median(times) / 1000:0.00} s):");
        Console.WriteLine($"  resident (VmRSS): {idle.ResidentMegabytes:0} MB before the first export, {afterTwo.ResidentMegabytes:0} MB after 2, {after.ResidentMegabytes:0} MB after {MemoryExports}; " +
                          $"peak (VmHWM) {after.PeakResidentMegabytes:0} MB");
        Console.WriteLine($"  after {MemoryExports} / after 2 = {growth:0.00}: goal <= {MemoryGoal:0.0} {Verdict(growth, MemoryGoal)}");
    }

    /// <summary>One export, timed on the client, with its floor and its phases from the server's log.</summary>
    private static async Task<ExportRun> ExportAsync(McpClient client, int server, ServerLog log, EncoderFloor floor, string label, CancellationToken cancellationToken)
    {
        var cpu = ProcessMemory.CpuOf(server);
        var clock = Stopwatch.StartNew();
        var result = await CallAsync(client, "export", [], cancellationToken);
        var wall = clock.Elapsed;
        var used = ProcessMemory.CpuOf(server);
        var renderId = Field(result, "render_id") ?? throw new InvalidOperationException("The export named no render.");
        if (Field(result, "status") != "exported" || Field(result, "reused") != "False")
        {
            throw new InvalidOperationException($"Export {label} was not rendered anew (status {Field(result, "status")}, reused {Field(result, "reused")}): the edit did not change the clip.");
        }

        var mp4 = Field(result, "path") ?? throw new InvalidOperationException("The export named no file.");
        var render = await log.RenderAsync(renderId, cancellationToken);
        var export = await log.ExportAsync(renderId, cancellationToken);
        var (floorTime, floorCpu) = await floor.MeasureWithCpuAsync(mp4, cancellationToken);
        return new ExportRun(label, wall.TotalMilliseconds, floorTime.TotalMilliseconds, render, export)
        {
            ServerCpuMs = (used.Own - cpu.Own).TotalMilliseconds,
            FfmpegCpuMs = (used.Children - cpu.Children).TotalMilliseconds,
            FloorCpuMs = floorCpu.TotalMilliseconds,
        };
    }

    /// <summary>
    /// What the studio made of the words (its reply), and what of them neither the reply nor the
    /// timeline shows, if anything: the figures are only the issue's if the clip has all four.
    /// </summary>
    private static async Task<string> PlanAsync(McpClient client, CallToolResult animated, CancellationToken cancellationToken)
    {
        var state = await CallAsync(client, "get_state", [], cancellationToken);
        var reply = Field(animated, "reply") ?? "";
        var told = $"{reply} {Field(state, "timeline")}";
        var missing = new[] { "push", "sparkle", "Take 0", "ambient" }
            .Where(word => !told.Contains(word, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return missing.Count == 0 ? reply : $"{reply} (MISSING: {string.Join(", ", missing)})";
    }

    private static string? Field(CallToolResult result, string name) =>
        result.StructuredContent is { ValueKind: JsonValueKind.Object } content && content.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.True => "True",
                JsonValueKind.False => "False",
                JsonValueKind.Null => null,
                _ => value.ToString(),
            }
            : null;

    private static async Task<CallToolResult> CallAsync(McpClient client, string tool, Dictionary<string, object?> arguments, CancellationToken cancellationToken)
    {
        var result = await client.CallToolAsync(tool, arguments, cancellationToken: cancellationToken);
        if (result.IsError == true)
        {
            throw new InvalidOperationException($"{tool} failed: {string.Join(" ", result.Content.OfType<TextContentBlock>().Select(b => b.Text))}");
        }

        return result;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Verdict(double figure, double goal) => figure <= goal ? "MET" : "MISSED";

    /// <summary>A clip to measure: its length, aspect and size, how many edited exports, and the words that ask for it.</summary>
    private sealed record Clip(string Name, int Seconds, string Aspect, int Resolution, int Runs)
    {
        public string Folder => string.Create(CultureInfo.InvariantCulture, $"{Seconds}s-{Aspect.Replace(':', 'x')}-{Resolution}");

        public string Words(string title) => string.Create(CultureInfo.InvariantCulture,
            $"animate this character with a slow push-in, sparkles, the title '{title}', ambient music, {Seconds} seconds, {Aspect}, {Resolution}p");
    }

    /// <summary>One export: the client's wall time, its floor, and the figures of the server's two phase lines.</summary>
    private sealed record ExportRun(string Label, double WallMs, double FloorMs, IReadOnlyDictionary<string, double> Render, IReadOnlyDictionary<string, double> Export)
    {
        public double Ratio => WallMs / FloorMs;

        public double ServerCpuMs { get; init; }

        public double FfmpegCpuMs { get; init; }

        public double FloorCpuMs { get; init; }
    }

    private sealed record Measured(ExportRun First, IReadOnlyList<ExportRun> Runs);

    private sealed record Column(string Header, Func<ExportRun, double> Value, string Pattern = "0")
    {
        public int Width => Math.Max(Header.Length + 2, 8);

        public string Format(double value) => value.ToString(Pattern, CultureInfo.InvariantCulture).PadLeft(Width);
    }
}
