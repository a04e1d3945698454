namespace JanitorVideo.Bench;

/// <summary>
/// Reads a process's resident memory every quarter second while it runs, for the largest value seen
/// next to the kernel's own high-water mark (<see cref="ProcessMemory.PeakResidentBytes"/>).
/// </summary>
internal sealed class MemoryWatch : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _largest;

    public MemoryWatch(int pid) => _sampling = SampleAsync(pid, _stop.Token);

    public double LargestSeenMegabytes => Interlocked.Read(ref _largest) / (1024.0 * 1024);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync(int pid, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        try
        {
            do
            {
                var resident = ProcessMemory.Of(pid).ResidentBytes;
                if (resident > Interlocked.Read(ref _largest))
                {
                    Interlocked.Exchange(ref _largest, resident);
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        catch (IOException)
        {
            // The process ended.
        }
    }
}
