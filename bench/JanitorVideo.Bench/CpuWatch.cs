namespace JanitorVideo.Bench;

/// <summary>A stopwatch of the calling thread's CPU time, so per-step figures hold up on a busy machine.</summary>
internal sealed class CpuWatch
{
    private double started = double.NaN;

    public double Milliseconds { get; private set; }

    public void Start() => started = ThreadClock.CpuSeconds();

    public void Stop() => Milliseconds += 1000 * (ThreadClock.CpuSeconds() - started);
}
