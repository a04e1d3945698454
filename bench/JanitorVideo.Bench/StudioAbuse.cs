using System.Globalization;

namespace JanitorVideo.Bench;

/// <summary>
/// The studio under abuse (issue 11), over loopback HTTP against <c>janitor-video studio</c> as a
/// child process, a fresh one per phase: a normal run of many clients (the memory reference), a
/// flood of render submits by clients asking far more than they may while a well-behaved client
/// edits, and the hostile-input suite. Prints each phase's figures and a line per goal: (a) the
/// well-behaved client keeps its edit latency during the flood, (b) the studio's memory after the
/// hostile suite is within 1.5× of what it held after the normal run. Asserts nothing.
/// </summary>
internal static class StudioAbuse
{
    /// <summary>The edits every client makes, as <see cref="StudioLoad"/>: a 2 s 720x1280 clip, petals, a title.</summary>
    public static readonly string[] Edits =
    [
        "animate this character with a slow push-in, 2 seconds, 720p",
        "add falling petals",
        "add the title 'Take {0}'",
    ];

    /// <summary>Goal (b): the resident memory after the hostile suite over that after the normal run.</summary>
    private const double MemoryGoal = 1.5;

    /// <summary>
    /// Goal (a) as this bench reads "its normal edit latency" (the issue gives no figure): the median edit
    /// during the flood within this many times the median with one ordinary render running, every edit served.
    /// </summary>
    private const double LatencyGoal = 1.5;

    /// <summary>How long a studio is left idle before its memory is read as "after".</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    public static async Task RunAsync(string root, string dll, AbuseScale scale, CancellationToken cancellationToken)
    {
        var picture = await File.ReadAllBytesAsync(Path.Combine(root, "samples", "art", "druid.png"), cancellationToken);
        Console.WriteLine($"studio abuse: janitor-video studio as a child process (a fresh one and data folder per phase), {Environment.ProcessorCount} cores; " +
                          "each client its own client id, token and loopback address (127.0.0.N), so the per-address limits count each as a machine of its own");

        var normal = await WithStudioAsync(dll, studio => NormalPhase.RunAsync(studio, picture, scale.Clients, cancellationToken), cancellationToken);
        var flood = await WithStudioAsync(dll, studio => FloodPhase.RunAsync(studio, picture, scale.Flooders, scale.FloodTime, cancellationToken), cancellationToken);
        var hostile = await WithStudioAsync(dll, studio => HostilePhase.RunAsync(studio, picture, cancellationToken), cancellationToken);

        Console.WriteLine("summary:");
        var latencyRatio = flood.FloodMedian / flood.BaselineMedian;
        var latencyMet = latencyRatio <= LatencyGoal && flood.EditsRefused == 0;
        Console.WriteLine($"  (a) the ninth client's edits during the flood: median {flood.FloodMedian:0} ms vs {flood.BaselineMedian:0} ms with one ordinary render running " +
                          $"(×{latencyRatio:0.00}), {flood.EditsRefused} not served; goal: its normal latency, read as ≤ ×{LatencyGoal:0.0} and all served → {(latencyMet ? "met" : "not met")}");
        var memoryRatio = hostile.SettledMegabytes / normal.SettledMegabytes;
        Console.WriteLine($"  (b) the studio's RSS after the hostile suite {hostile.SettledMegabytes:0} MB vs {normal.SettledMegabytes:0} MB after the normal {scale.Clients}-client run " +
                          $"(×{memoryRatio:0.00}); goal ≤ ×{MemoryGoal:0.0} → {(memoryRatio <= MemoryGoal ? "met" : "not met")}");
    }

    /// <summary>Reads the studio's memory after <see cref="Settle"/> of idling, with its peak so far and the largest reading <paramref name="watch"/> took.</summary>
    public static async Task<double> SettledAsync(StudioUnderTest studio, MemoryWatch watch, string when, CancellationToken cancellationToken)
    {
        await Task.Delay(Settle, cancellationToken);
        var memory = studio.Memory;
        Console.WriteLine($"  studio memory {when}, after {Settle.TotalSeconds:0} s idle: RSS {memory.ResidentMegabytes:0} MB; " +
                          $"peak {memory.PeakResidentMegabytes:0} MB (VmHWM; largest sampled VmRSS {watch.LargestSeenMegabytes:0} MB)");
        return memory.ResidentMegabytes;
    }

    /// <summary>Median and p95 of some timings, in whole milliseconds ("none" when there are none).</summary>
    public static string Describe(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return "none";
        }

        var stats = Stats.Of(milliseconds);
        return string.Create(CultureInfo.InvariantCulture, $"median {stats.Median:0} ms, p95 {stats.P95:0} ms (over {stats.Count})");
    }

    private static async Task<T> WithStudioAsync<T>(string dll, Func<StudioUnderTest, Task<T>> phase, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("janitor-abuse-");
        try
        {
            await using var studio = await StudioUnderTest.StartAsync(dll, folder.FullName, cancellationToken);
            return await phase(studio);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

/// <summary>How big a <see cref="StudioAbuse"/> run is: clients in the normal run, flooding clients, and how long they flood.</summary>
internal sealed record AbuseScale(int Clients, int Flooders, TimeSpan FloodTime);
