using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace JanitorVideo.Bench;

/// <summary>
/// Phase 1 of <see cref="StudioAbuse"/>: N clients at once, each signing in, starting a project with
/// the sample character, making the three edits and rendering one 2 s 720x1280 clip to its end. Its
/// memory afterwards is what the hostile suite is measured against.
/// </summary>
internal static class NormalPhase
{
    private static readonly TimeSpan RenderDeadline = TimeSpan.FromMinutes(25);

    public static async Task<NormalFigures> RunAsync(StudioUnderTest studio, byte[] picture, int clients, CancellationToken cancellationToken)
    {
        Console.WriteLine($"phase 1, normal run: {clients} clients at once, each: token, session, upload, {StudioAbuse.Edits.Length} edits, one 2 s 720x1280 render polled to its end");
        Console.WriteLine($"  studio memory at start: RSS {studio.Memory.ResidentMegabytes:0} MB");
        await using var watch = new MemoryWatch(studio.Pid);
        var edits = new ConcurrentBag<Edit>();
        var clock = Stopwatch.StartNew();
        var renders = await Task.WhenAll(Enumerable.Range(1, clients).Select(k => Task.Run(async () =>
        {
            using var user = await ApiUser.SignInAsync(studio.Url, 10 + k, cancellationToken);
            await user.StartProjectAsync(picture, cancellationToken);
            foreach (var edit in StudioAbuse.Edits)
            {
                edits.Add(await user.EditAsync(string.Format(CultureInfo.InvariantCulture, edit, k), cancellationToken));
            }

            return await user.RenderAsync($"render_normal_{k}", await user.DraftAsync(cancellationToken), RenderDeadline, null, cancellationToken);
        }, cancellationToken)));
        var wall = clock.Elapsed;

        var completed = renders.Count(render => render.Completed);
        Console.WriteLine($"  completed {completed}/{clients} renders in {wall.TotalSeconds:0.0} s" +
                          (completed < clients ? $" (others: {string.Join(", ", renders.Where(r => !r.Completed).Select(r => r.Status))})" : ""));
        Console.WriteLine($"  edits: {edits.Count(e => e.Served)}/{edits.Count} served, {StudioAbuse.Describe([.. edits.Select(e => e.Milliseconds)])}");
        var waits = renders.Where(r => r.Started is not null).Select(r => r.Started!.Value.TotalMilliseconds).ToArray();
        Console.WriteLine($"  render queue wait: {StudioAbuse.Describe(waits)}; turnaround {StudioAbuse.Describe([.. renders.Select(r => r.Elapsed.TotalMilliseconds)])}");
        return new NormalFigures(await StudioAbuse.SettledAsync(studio, watch, "after the normal run", cancellationToken));
    }
}

/// <summary>What the normal run leaves for the summary: the studio's resident memory once settled, in MB.</summary>
internal sealed record NormalFigures(double SettledMegabytes);
