using System.Diagnostics;

namespace JanitorVideo.TestSupport;

/// <summary>
/// How long a test waits for something outside it (a child process, a render, a server) before it
/// fails in words instead of hanging the whole run. Generous on purpose: a guard against hangs on a
/// busy machine, not a timing assertion.
/// </summary>
public static class Deadline
{
    /// <summary>The usual limit: two minutes.</summary>
    public static TimeSpan Default { get; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Waits for <paramref name="process"/> to exit. Past the limit it kills the process and its
    /// children (so pipes close and readers end) and throws a <see cref="TimeoutException"/> naming <paramref name="what"/>.
    /// Start reading the process's output before calling this: a full pipe would stall the child.
    /// </summary>
    public static async Task ExitAsync(Process process, string what, TimeSpan? limit = null)
    {
        var within = limit ?? Default;
        using var timeout = new CancellationTokenSource(within);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{what} did not exit within {Words(within)}; it was killed.");
        }
    }

    /// <summary>The blocking form of <see cref="ExitAsync"/>, for helpers that are not async.</summary>
    public static void Exit(Process process, string what, TimeSpan? limit = null)
    {
        var within = limit ?? Default;
        if (!process.WaitForExit(within))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{what} did not exit within {Words(within)}; it was killed.");
        }
    }

    /// <summary>
    /// Reads a value every <paramref name="interval"/> until <paramref name="done"/> holds and returns
    /// it. Past the limit (the read itself is cancelled too) it throws a <see cref="TimeoutException"/>
    /// saying what was awaited and the last value seen.
    /// </summary>
    public static async Task<T> PollAsync<T>(Func<CancellationToken, Task<T>> read, Func<T, bool> done, TimeSpan interval, string what, TimeSpan? limit = null)
    {
        var within = limit ?? Default;
        using var timeout = new CancellationTokenSource(within);
        var last = "nothing yet";
        try
        {
            var value = await read(timeout.Token);
            while (!done(value))
            {
                last = value?.ToString() ?? "null";
                await Task.Delay(interval, timeout.Token);
                value = await read(timeout.Token);
            }

            return value;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"Waited {Words(within)} for {what}; the last value seen was {last}.");
        }
    }

    /// <summary><see cref="PollAsync{T}(Func{CancellationToken, Task{T}}, Func{T, bool}, TimeSpan, string, TimeSpan?)"/> for a value read without waiting.</summary>
    public static Task<T> PollAsync<T>(Func<T> read, Func<T, bool> done, TimeSpan interval, string what, TimeSpan? limit = null) =>
        PollAsync(_ => Task.FromResult(read()), done, interval, what, limit);

    private static string Words(TimeSpan span) =>
        span.TotalMinutes >= 1 ? $"{span.TotalMinutes:0.#} minutes" : $"{span.TotalSeconds:0.#} seconds";
}
