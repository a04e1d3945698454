using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using JanitorVideo.TestInputs.Http;

namespace JanitorVideo.Bench;

/// <summary>
/// Phase 2 of <see cref="StudioAbuse"/>: a ninth, well-behaved client's edits measured alone, then
/// beside one ordinary render of another user (the baseline: a busy studio's normal state), then
/// while flooding clients, each with a ready draft, submit renders as fast as the studio answers
/// (several at once each, a fresh render id every time), followed by the ninth's own render. Then
/// every flood render is cancelled and the studio is seen to drain.
/// </summary>
internal static class FloodPhase
{
    private const int MeasuredEdits = 10;

    /// <summary>Submits each flooding client keeps in flight at once (so a limit counted before it is stored is tested too).</summary>
    private const int InFlightPerFlooder = 2;

    private const int NinthHost = 9;

    /// <summary>The part of the flood the ninth's edits are spread over; its render is submitted after them, within the flood.</summary>
    private const double EditSpread = 0.8;

    private static readonly TimeSpan RenderDeadline = TimeSpan.FromMinutes(20);
    private static readonly TimeSpan DrainDeadline = TimeSpan.FromMinutes(2);

    public static async Task<FloodFigures> RunAsync(StudioUnderTest studio, byte[] picture, int flooders, TimeSpan floodTime, CancellationToken cancellationToken)
    {
        Console.WriteLine($"phase 2, flood: {flooders} clients submitting renders for {floodTime.TotalSeconds:0} s ({InFlightPerFlooder} at a time each) " +
                          $"while a ninth makes {MeasuredEdits} edits spread over the first {EditSpread * 100:0}% of it, then renders once");
        await using var watch = new MemoryWatch(studio.Pid);
        var users = await Task.WhenAll(Enumerable.Range(0, flooders + 2).Select(i => ReadyAsync(studio.Url, NinthHost - 1 + i, picture, cancellationToken)));
        var other = users[0];
        var ninth = users[1];
        var flooding = users[2..];
        try
        {
            var idle = await EditsAsync(ninth, TimeSpan.Zero, cancellationToken);
            Console.WriteLine($"  baseline, the ninth alone, nothing rendering: {StudioAbuse.Describe(Served(idle))}{Refused(idle)}");

            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var ordinary = other.RenderAsync("render_ordinary", await other.DraftAsync(cancellationToken), RenderDeadline, started, cancellationToken);
            await started.Task.WaitAsync(RenderDeadline, cancellationToken);
            var busy = await EditsAsync(ninth, TimeSpan.Zero, cancellationToken);
            var overlapped = !ordinary.IsCompleted;
            var ordinaryRender = await ordinary;
            Console.WriteLine($"  baseline, the ninth beside one ordinary render of another user: {StudioAbuse.Describe(Served(busy))}{Refused(busy)}; " +
                              $"the render {ordinaryRender.Status} in {ordinaryRender.Elapsed.TotalSeconds:0.0} s, " +
                              (overlapped ? "still running when the last edit ended" : "ended before the last edit did (the baseline is partly idle)"));

            var flood = await FloodAsync(studio, flooding, ninth, floodTime, cancellationToken);
            var (baselineMedian, baselineP95) = Quantiles(busy);
            var (floodMedian, floodP95) = Quantiles(flood.NinthEdits);
            Console.WriteLine($"  the ninth's edits during the flood: {StudioAbuse.Describe(Served(flood.NinthEdits))}{Refused(flood.NinthEdits)}; " +
                              $"median ×{floodMedian / baselineMedian:0.00} the baseline with one render (p95 ×{floodP95 / baselineP95:0.00})" +
                              (flood.EditsEndedInFlood ? "" : "; the flood had ended before the last edit did"));
            var render = flood.NinthRender;
            Console.WriteLine($"  the ninth's render: {render.Status}; queue wait {(render.Started is { } wait ? $"{wait.TotalSeconds:0.0} s" : "never left the queue")}, " +
                              $"turnaround {render.Elapsed.TotalSeconds:0.0} s; {flood.AheadOfNinth} flood renders were waiting or running when it was submitted");

            await DrainAsync(studio, flood.Accepted, cancellationToken);
            await StudioAbuse.SettledAsync(studio, watch, "after the flood drained", cancellationToken);
            return new FloodFigures(baselineMedian, floodMedian, flood.NinthEdits.Count(edit => !edit.Served));
        }
        finally
        {
            foreach (var user in users)
            {
                user.Dispose();
            }
        }
    }

    private static async Task<ApiUser> ReadyAsync(Uri studio, int host, byte[] picture, CancellationToken cancellationToken)
    {
        var user = await ApiUser.SignInAsync(studio, host, cancellationToken);
        await user.StartProjectAsync(picture, cancellationToken);
        var animated = await user.EditAsync(StudioAbuse.Edits[0], cancellationToken);
        if (!animated.Served)
        {
            user.Dispose();
            throw new InvalidOperationException($"The first edit was not served: {animated.Failure}");
        }

        return user;
    }

    /// <summary>The measured edits, the i-th begun no sooner than i × <paramref name="spacing"/> after the first.</summary>
    private static async Task<List<Edit>> EditsAsync(ApiUser user, TimeSpan spacing, CancellationToken cancellationToken)
    {
        var edits = new List<Edit>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < MeasuredEdits; i++)
        {
            if (spacing * i - clock.Elapsed is { Ticks: > 0 } wait)
            {
                await Task.Delay(wait, cancellationToken);
            }

            edits.Add(await user.EditAsync(string.Format(CultureInfo.InvariantCulture, StudioAbuse.Edits[i % StudioAbuse.Edits.Length], i), cancellationToken));
        }

        return edits;
    }

    // The median and p95 of the served edits; not a number when none was served.
    private static (double Median, double P95) Quantiles(IEnumerable<Edit> edits) =>
        Served(edits) is { Length: > 0 } served ? (Stats.Of(served).Median, Stats.Of(served).P95) : (double.NaN, double.NaN);

    private static double[] Served(IEnumerable<Edit> edits) => [.. edits.Where(edit => edit.Served).Select(edit => edit.Milliseconds)];

    private static string Refused(IReadOnlyCollection<Edit> edits) =>
        edits.Count(edit => !edit.Served) is var refused and > 0
            ? $"; {refused} not served ({string.Join("; ", edits.Where(edit => !edit.Served).Select(edit => edit.Failure).Distinct())})"
            : "";

    private static async Task<FloodOutcome> FloodAsync(StudioUnderTest studio, ApiUser[] flooding, ApiUser ninth, TimeSpan floodTime,
        CancellationToken cancellationToken)
    {
        var answers = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var accepted = new ConcurrentBag<(ApiUser User, string RenderId)>();
        var sent = new int[flooding.Length];
        var drafts = await Task.WhenAll(flooding.Select(user => user.DraftAsync(cancellationToken)));
        var cpu = studio.CpuTime;
        var benchCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();

        // A submit under way when the time is up is answered, never cut, so every accepted render is known and cancelled later.
        var loops = flooding.SelectMany((user, k) => Enumerable.Range(0, InFlightPerFlooder).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < floodTime)
            {
                var renderId = $"render_flood_{k + 1}_{Interlocked.Increment(ref sent[k])}";
                string outcome;
                try
                {
                    var (status, body) = await user.Caller.StartRenderAsync(renderId, user.SessionId, drafts[k], cancellationToken: cancellationToken);
                    outcome = Classify(status, body);
                    if (status == 200)
                    {
                        accepted.Add((user, renderId));
                    }
                }
                catch (HttpRequestException e)
                {
                    outcome = $"no answer ({e.HttpRequestError})";
                }
                catch (System.Text.Json.JsonException)
                {
                    outcome = "an answer that is not JSON";
                }

                answers.AddOrUpdate(outcome, 1, (_, count) => count + 1);
            }
        }, cancellationToken))).ToArray();

        // The ninth's edits are spread over the flood: its first seconds, when each flooder's allowance of costly calls
        // lets every submit reach the render queue's checks, and the rest, when the address limit refuses most at the door.
        var edits = await EditsAsync(ninth, floodTime * EditSpread / MeasuredEdits, cancellationToken);
        var editsEndedInFlood = clock.Elapsed < floodTime;
        var ahead = await UnfinishedAsync([.. accepted], cancellationToken);
        var ninthRender = ninth.RenderAsync("render_ninth", await ninth.DraftAsync(cancellationToken), RenderDeadline, null, cancellationToken);

        await Task.WhenAll(loops);
        var floodWall = clock.Elapsed;
        var studioCpu = studio.CpuTime - cpu;
        var ownCpu = Process.GetCurrentProcess().TotalProcessorTime - benchCpu;
        var unfinished = await UnfinishedAsync([.. accepted], cancellationToken);
        Console.WriteLine($"  flood: {sent.Sum()} submits in {floodWall.TotalSeconds:0.0} s ({sent.Min()}–{sent.Max()} per client), answered:");
        foreach (var (outcome, count) in answers.OrderByDescending(pair => pair.Value))
        {
            Console.WriteLine($"    {count,6}  {outcome}");
        }

        Console.WriteLine($"  accepted per flooding client over the flood: {string.Join(" ", flooding.Select(user => accepted.Count(a => a.User == user)))}; " +
                          $"waiting or running per client at its end: {string.Join(" ", flooding.Select(user => unfinished.Count(u => u.User == user)))} (limit 3 each)");
        Console.WriteLine($"  CPU over the flood: the studio {studioCpu.TotalSeconds:0.0} s, this bench {ownCpu.TotalSeconds:0.0} s, of {floodWall.TotalSeconds * Environment.ProcessorCount:0} core-seconds " +
                          "(FFmpeg's encoders, children of the studio, not counted)");
        return new FloodOutcome(edits, editsEndedInFlood, ahead.Count, await ninthRender, [.. accepted]);
    }

    /// <summary>An answer to a submit, in a few words: the status, the envelope's code and which limit refused it.</summary>
    private static string Classify(int status, JsonObject body)
    {
        var message = (string?)body["message"] ?? "";
        var reason = status == 200 ? "accepted"
            : message.StartsWith("You already have", StringComparison.Ordinal) ? "refused: the user's renders waiting or running (RenderLimits.MaxPendingPerUser)"
            : message.StartsWith("Too many requests", StringComparison.Ordinal) ? "refused: the address's costly calls a minute (StudioRateLimits)"
            : "refused: " + (message.Length > 80 ? message[..80] + "…" : message);
        return $"HTTP {status}, code {body["code"]?.ToJsonString() ?? "none"}: {reason}";
    }

    private static async Task<List<(ApiUser User, string RenderId)>> UnfinishedAsync(IReadOnlyList<(ApiUser User, string RenderId)> renders,
        CancellationToken cancellationToken)
    {
        var unfinished = new List<(ApiUser, string)>();
        foreach (var (user, renderId) in renders)
        {
            var (_, poll) = await user.Caller.PollRenderAsync(renderId, cancellationToken);
            if (StudioCaller.RenderStatus(poll) is "pending" or "processing")
            {
                unfinished.Add((user, renderId));
            }
        }

        return unfinished;
    }

    // Cancels every flood render still waiting or running and waits, within a deadline, until none is and no FFmpeg runs.
    private static async Task DrainAsync(StudioUnderTest studio, IReadOnlyList<(ApiUser User, string RenderId)> accepted, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var cancelled = 0;
        foreach (var (user, renderId) in await UnfinishedAsync(accepted, cancellationToken))
        {
            var (status, _) = await user.Caller.CancelRenderAsync(renderId, cancellationToken);
            cancelled += status == 200 ? 1 : 0;
        }

        var left = await UnfinishedAsync(accepted, cancellationToken);
        var children = ProcessMemory.ChildrenOf(studio.Pid);
        while ((left.Count > 0 || children.Count > 0) && clock.Elapsed < DrainDeadline)
        {
            await Task.Delay(250, cancellationToken);
            left = await UnfinishedAsync(accepted, cancellationToken);
            children = ProcessMemory.ChildrenOf(studio.Pid);
        }

        Console.WriteLine($"  drain: {cancelled} flood renders cancelled; " + (left.Count == 0 && children.Count == 0
            ? $"none waiting or running and no child process of the studio after {clock.Elapsed.TotalSeconds:0.0} s"
            : $"after {DrainDeadline.TotalMinutes:0} minutes still {left.Count} waiting or running and child processes {string.Join(", ", children)}"));
    }

    private sealed record FloodOutcome(List<Edit> NinthEdits, bool EditsEndedInFlood, int AheadOfNinth, RenderOutcome NinthRender,
        IReadOnlyList<(ApiUser User, string RenderId)> Accepted);
}

/// <summary>What the flood leaves for the summary: the ninth's median edit with one render running and during the flood, and its edits not served then.</summary>
internal sealed record FloodFigures(double BaselineMedian, double FloodMedian, int EditsRefused);
