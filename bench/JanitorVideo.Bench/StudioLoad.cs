using System.Collections.Concurrent;
using System.Diagnostics;
using JanitorVideo.Core.Backend;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Studio.Engine;

namespace JanitorVideo.Bench;

/// <summary>
/// The studio under load: N sessions at once, each uploading, editing three times and exporting
/// (720x1280, 2 s), against one studio. Prints throughput and how fairly the render queue served the
/// sessions. Asserts nothing: the load test in the suite checks that none is lost.
/// </summary>
internal static class StudioLoad
{
    private static readonly string[] Edits =
    [
        "animate this character with a slow push-in, 2 seconds, 720p",
        "add falling petals",
        "add the title 'Take {0}'",
    ];

    public static async Task RunAsync(string root, int sessions, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "janitor-studio-load-" + Environment.ProcessId);
        var options = new StudioOptions { Folder = folder };
        var engine = StudioEngine.Start(options);
        var backend = new StudioBackend(engine);
        var image = Path.Combine(root, "samples/art/druid.png");
        var clock = Stopwatch.StartNew();
        var editTimes = new ConcurrentBag<double>();
        var startOrder = new ConcurrentQueue<int>();
        try
        {
            var results = await Task.WhenAll(Enumerable.Range(1, sessions).Select(k => Task.Run(async () =>
            {
                var session = await backend.CreateSessionAsync("en", cancellationToken);
                await backend.UploadAsync(session.SessionId, [new UploadSource.LocalFile(image)], cancellationToken);
                foreach (var edit in Edits)
                {
                    var started = clock.Elapsed;
                    await foreach (var _ in backend.SendMessageAsync(session.SessionId, string.Format(System.Globalization.CultureInfo.InvariantCulture, edit, k), cancellationToken))
                    {
                    }

                    editTimes.Add((clock.Elapsed - started).TotalMilliseconds);
                }

                var draft = (await backend.GetStateAsync(session.SessionId, cancellationToken)).Draft;
                var submitted = clock.Elapsed;
                var job = await backend.StartRenderAsync(new RenderRequest($"render_load_{k}_{Guid.NewGuid():N}", session.SessionId, draft), cancellationToken);
                TimeSpan? startedAt = null;
                while (!job.IsFinished)
                {
                    await Task.Delay(50, cancellationToken);
                    job = await backend.GetRenderAsync(job.Id, cancellationToken);
                    if (startedAt is null && job.Status != RenderStatus.Pending)
                    {
                        startedAt = clock.Elapsed;
                        startOrder.Enqueue(k);
                    }
                }

                return (Session: k, job.Status, Wait: (startedAt ?? clock.Elapsed) - submitted, Turnaround: clock.Elapsed - submitted);
            }, cancellationToken)));

            var wall = clock.Elapsed.TotalSeconds;
            var completed = results.Count(r => r.Status == RenderStatus.Completed);
            var turnarounds = results.Select(r => r.Turnaround.TotalSeconds).ToArray();
            var jain = Math.Pow(turnarounds.Sum(), 2) / (turnarounds.Length * turnarounds.Sum(t => t * t));
            var waits = results.Select(r => r.Wait.TotalSeconds).OrderBy(w => w).ToArray();
            Console.WriteLine($"studio load: {sessions} sessions × (upload, {Edits.Length} edits, one 2 s 720x1280 export), {options.RenderWorkers} render worker(s), {Environment.ProcessorCount} cores");
            Console.WriteLine($"  completed {completed}/{sessions} renders in {wall:0.0} s → {completed / wall * 60:0.0} renders/min");
            Console.WriteLine($"  edits: {editTimes.Count} in all, median {Stats.Of([.. editTimes]).Median:0.0} ms, max {editTimes.Max():0.0} ms");
            Console.WriteLine($"  queue wait: min {waits[0]:0.0} s, median {waits[waits.Length / 2]:0.0} s, max {waits[^1]:0.0} s");
            Console.WriteLine($"  fairness: Jain's index over turnaround {jain:0.00} (1 = equal; one worker serving 8 equal jobs in turn gives 0.79), start order {string.Join(" ", startOrder)}");
        }
        finally
        {
            await engine.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }
}
