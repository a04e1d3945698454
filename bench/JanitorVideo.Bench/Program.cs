using System.Diagnostics;
using System.Globalization;
using JanitorVideo.Bench;

// janitor-video's MCP benchmark. Prints figures and ratios against the goals; asserts nothing.
//   list-tools            start the server over stdio, list its tools, call get_credits (the README's first command)
//   startup [--runs N]    process spawn → initialize answered, over stdio (goal: median under 1 s)
//   roundtrip [--runs N]  tools/list round trip on a warm connection (goal: median under 5 ms)
//   all                   startup and roundtrip
//   frames [IMAGE] [PROMPT] where a frame's time goes (compose, finish; CPU of one thread, no encoder) and the frames' digest
//   studio-load [--runs N]  N sessions (default 8) editing and exporting at once on one studio: throughput and fairness
//   upload [--runs N]     a file just under 200 MB through the cloud client to a studio: the server's peak memory above idle (goal: under 100 MB)
//   reexport [--runs N]   a 5 s 1080x1920 clip exported once, then N times unchanged (default 10): the re-export's median (goal: under 100 ms) next to the first
//   studio-abuse [--runs N] [--flooders N] [--flood-seconds S]  `janitor-video studio` over HTTP: N clients (default 16) as the memory reference,
//                         N clients (default 8) flooding render submits for S s (default 45) beside a ninth that edits (goal: its normal latency),
//                         then the hostile-input suite (goal: memory within 1.5× of the normal run's)
//   export-path [--runs N] [--sizes 0] [--memory] [--long-only]
//                         the export tool of a warm server, N edited exports (default 5) of a 5 s 1080x1920 clip against the encoder's floor, with each
//                         export's phases from the server's log (goal: median export/floor at most 1.5); then a 30 s and a 1080x1080 clip (not with
//                         --sizes 0); with --memory, the server's memory after 2 and after 20 exports (goal: at most 1.2x);
//                         --long-only: just the 30 s clip, N edited exports (to compare two builds on the clip nearest its goal)
//   --server DLL          (any mode) the server to start: another build than src/JanitorVideo.Server/bin/Release (e.g. scripts/publish.sh's ReadyToRun one)
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var command = args.FirstOrDefault() ?? "all";
var runs = Option("--runs");
var root = FindRepoRoot();
// --server DLL: another build of the server (scripts/publish.sh's ReadyToRun build, say); the Release build otherwise.
var dll = args.SkipWhile(a => a != "--server").Skip(1).Select(Path.GetFullPath).FirstOrDefault() ?? ServerUnderTest.Dll(root);
if (!File.Exists(dll))
{
    Console.Error.WriteLine($"Build the server first (dotnet build -c Release): {dll} is missing.");
    return 2;
}
var dataDir = Path.Combine(Path.GetTempPath(), "janitor-bench-" + Environment.ProcessId);
// The abuse run and the export path's full run take many minutes on two cores; every wait inside them has its own deadline too.
using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(command is "studio-abuse" or "export-path" ? 60 : 10));
try
{
    switch (command)
    {
        case "list-tools":
            await ListToolsAsync();
            break;
        case "startup":
            await StartupAsync(runs > 0 ? runs : 15);
            break;
        case "roundtrip":
            await RoundTripAsync(runs > 0 ? runs : 500);
            break;
        case "frames":
            FrameProfile.Run(Path.Combine(root, args.ElementAtOrDefault(1) ?? "samples/art/valley.png"), args.ElementAtOrDefault(2) ?? "", 150);
            break;
        case "studio-load":
            await StudioLoad.RunAsync(root, runs > 0 ? runs : 8, cancel.Token);
            break;
        case "upload":
            await UploadBench.RunAsync(dll, runs > 0 ? runs : 2, cancel.Token);
            break;
        case "reexport":
            await ReexportBench.RunAsync(root, dll, dataDir, runs > 0 ? runs : 10, cancel.Token);
            break;
        case "studio-abuse":
            await StudioAbuse.RunAsync(root, dll, new AbuseScale(runs > 0 ? runs : 16, Option("--flooders") is > 0 and var flooders ? flooders : 8,
                TimeSpan.FromSeconds(Option("--flood-seconds") is > 0 and var seconds ? seconds : 45)), cancel.Token);
            break;
        case "export-path":
            await ExportPathBench.RunAsync(root, dll, dataDir, runs > 0 ? runs : 5,
                sizes: Option("--sizes") != 0 || !args.Contains("--sizes"), memory: args.Contains("--memory"),
                longOnly: args.Contains("--long-only"), cancel.Token);
            break;
        case "all":
            await StartupAsync(runs > 0 ? runs : 15);
            await RoundTripAsync(500);
            break;
        default:
            Console.Error.WriteLine($"Unknown command '{command}'. Use list-tools, startup, roundtrip, frames, studio-load, upload, reexport, studio-abuse, export-path or all.");
            return 2;
    }
    return 0;
}
finally
{
    if (Directory.Exists(dataDir))
    {
        Directory.Delete(dataDir, recursive: true);
    }
}

async Task ListToolsAsync()
{
    await using var client = await ServerUnderTest.ConnectAsync(dll, dataDir, cancel.Token);
    Console.WriteLine($"{client.ServerInfo?.Name} {client.ServerInfo?.Version} over stdio, protocol {client.NegotiatedProtocolVersion}");
    foreach (var tool in await client.ListToolsAsync(cancellationToken: cancel.Token))
    {
        var parameters = string.Join(", ", tool.JsonSchema.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Console.WriteLine($"  {tool.Name}({parameters})");
        Console.WriteLine($"      {tool.Description.Split(". ")[0]}.");
    }
    var credits = await client.CallToolAsync("get_credits", cancellationToken: cancel.Token);
    var text = string.Join(" ", credits.Content.OfType<ModelContextProtocol.Protocol.TextContentBlock>().Select(b => b.Text));
    Console.WriteLine($"get_credits → {(credits.IsError == true ? "error: " : "")}{text}");
}

async Task StartupAsync(int count)
{
    var timings = new List<double>();
    for (var i = 0; i < count + 1; i++)
    {
        var clock = Stopwatch.StartNew();
        await using var client = await ServerUnderTest.ConnectAsync(dll, dataDir, cancel.Token);
        clock.Stop();
        if (i > 0)
        {
            timings.Add(clock.Elapsed.TotalMilliseconds); // the first run warms the disk cache
        }
    }
    var stats = Stats.Of(timings);
    Console.WriteLine($"stdio spawn → initialize: median {stats.Median:F0} ms, p95 {stats.P95:F0} ms, min {stats.Min:F0} ms over {stats.Count} runs; " +
                      $"goal 1000 ms, median/goal = {stats.Median / 1000:F2}");
}

async Task RoundTripAsync(int count)
{
    await using var client = await ServerUnderTest.ConnectAsync(dll, dataDir, cancel.Token);
    for (var i = 0; i < 50; i++)
    {
        await client.ListToolsAsync(cancellationToken: cancel.Token);
    }
    var timings = new List<double>(count);
    for (var i = 0; i < count; i++)
    {
        var clock = Stopwatch.StartNew();
        await client.ListToolsAsync(cancellationToken: cancel.Token);
        timings.Add(clock.Elapsed.TotalMilliseconds);
    }
    var stats = Stats.Of(timings);
    Console.WriteLine($"tools/list round trip: median {stats.Median:F2} ms, p95 {stats.P95:F2} ms, min {stats.Min:F2} ms over {stats.Count} calls; " +
                      $"goal 5 ms, median/goal = {stats.Median / 5:F2}");
}

// The number after a named option, or 0 when it is not given.
int Option(string name) => args.SkipWhile(a => a != name).Skip(1).Select(int.Parse).FirstOrDefault();

static string FindRepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "JanitorVideo.sln")))
    {
        dir = dir.Parent;
    }
    return dir?.FullName ?? throw new InvalidOperationException("Run the bench from inside the repository.");
}
