namespace JanitorVideo.Server.Hosting;

/// <summary>
/// Work that outlives the tool call that started it (a render, a turn with the agent): it runs on
/// its own token, its progress goes to every call watching it (the last report first to a call that
/// joins late), and it counts the calls waiting, so the last one to give up can cancel it.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The token source is disposed when the work ends; the work outlives every caller, so no caller owns it.")]
public class BackgroundWork<TResult, TProgress> : IProgress<TProgress>
    where TProgress : class
{
    private readonly Lock _gate = new();
    private readonly List<IProgress<TProgress>> _watchers = [];
    private readonly CancellationTokenSource _cancel = new();
    private TProgress? _last;
    private int _waiters;
    private int _cancelRequested;

    /// <summary>The work's end; set by <see cref="Start"/> or <see cref="Settle"/>.</summary>
    public Task<TResult> Completion { get; private set; } = null!;

    /// <summary>Calls waiting for the work now.</summary>
    public int Waiters => Volatile.Read(ref _waiters);

    /// <summary>The last progress reported, if any.</summary>
    public TProgress? Last
    {
        get
        {
            lock (_gate)
            {
                return _last;
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> in the background; <paramref name="ended"/> sees how it ended, whoever waits.</summary>
    public void Start(Func<CancellationToken, Task<TResult>> work, Action<Task<TResult>> ended)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(ended);
        Completion = Task.Run(() => work(_cancel.Token));
        Completion.ContinueWith(done =>
        {
            ended(done);
            _cancel.Dispose();
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Work with nothing left to run: <paramref name="outcome"/> is its end.</summary>
    protected void Settle(Task<TResult> outcome)
    {
        Completion = outcome;
        _cancel.Dispose();
    }

    /// <summary>Whether the work was asked to stop (a cancelled end means that, not a time limit of its own).</summary>
    public bool CancelRequested => Volatile.Read(ref _cancelRequested) == 1;

    public async Task CancelAsync()
    {
        Volatile.Write(ref _cancelRequested, 1);
        try
        {
            await _cancel.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // Already over.
        }
    }

    /// <summary>Passes progress on to <paramref name="watcher"/> (the last report first) until it leaves; counts it as waiting.</summary>
    public Watching Watch(IProgress<TProgress> watcher)
    {
        ArgumentNullException.ThrowIfNull(watcher);
        TProgress? last;
        lock (_gate)
        {
            _watchers.Add(watcher);
            last = _last;
        }

        Interlocked.Increment(ref _waiters);
        if (last is not null)
        {
            watcher.Report(last);
        }

        return new Watching(this, watcher);
    }

    public void Report(TProgress value)
    {
        IProgress<TProgress>[] watchers;
        lock (_gate)
        {
            _last = value;
            watchers = [.. _watchers];
        }

        foreach (var watcher in watchers)
        {
            watcher.Report(value);
        }
    }

    /// <summary>
    /// Waits for the work on behalf of one call: its end (the completed task, to await for the result
    /// or failure), or the call's <paramref name="wait"/> running out (then null, and the work goes
    /// on). When the client cancels the call, it throws <see cref="OperationCanceledException"/>; if no
    /// other call waits, the work is cancelled too (<paramref name="cancelled"/> runs first).
    /// </summary>
    public async Task<Task<TResult>?> WaitAsync(IProgress<TProgress> watcher, TimeSpan wait, TimeProvider time,
        Func<Task>? cancelled, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        var watching = Watch(watcher);
        using var limit = new CancellationTokenSource(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        try
        {
            await ((Task)Completion.WaitAsync(either.Token)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (Completion.IsCompleted)
            {
                return Completion;
            }

            cancellationToken.ThrowIfCancellationRequested();
            return null;
        }
        finally
        {
            var left = watching.Leave();
            if (cancellationToken.IsCancellationRequested && !Completion.IsCompleted && left == 0)
            {
                if (cancelled is not null)
                {
                    await cancelled();
                }

                await CancelAsync();
            }
        }
    }

    /// <summary>One call watching the work.</summary>
    public sealed class Watching(BackgroundWork<TResult, TProgress> work, IProgress<TProgress> watcher)
    {
        private int _left;

        /// <summary>Stops watching (once); returns how many calls still wait.</summary>
        public int Leave()
        {
            if (Interlocked.Exchange(ref _left, 1) == 1)
            {
                return work.Waiters;
            }

            lock (work._gate)
            {
                work._watchers.Remove(watcher);
            }

            return Interlocked.Decrement(ref work._waiters);
        }
    }
}
