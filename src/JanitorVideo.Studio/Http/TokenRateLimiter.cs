namespace JanitorVideo.Studio.Http;

/// <summary>
/// At most <c>perWindow</c> anonymous tokens per client id within a sliding window, so one client
/// cannot mint tokens (and their credits) in a loop; a client re-authenticating after 1001 stays well inside it.
/// </summary>
public sealed class TokenRateLimiter(int perWindow, TimeSpan window, TimeProvider time)
{
    // Forgetting idle client ids keeps the table small however many ids are tried.
    private const int SweepAbove = 10_000;

    private readonly Dictionary<string, Queue<DateTimeOffset>> recent = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Counts a token request; false, with how long to wait, when the client id is over its allowance.</summary>
    public bool TryAcquire(string clientId, out TimeSpan retryAfter)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (recent.Count > SweepAbove)
            {
                Sweep(now);
            }

            if (!recent.TryGetValue(clientId, out var times))
            {
                recent[clientId] = times = new Queue<DateTimeOffset>();
            }

            Forget(times, now);
            if (times.Count >= perWindow)
            {
                retryAfter = times.Peek() + window - now;
                return false;
            }

            times.Enqueue(now);
            retryAfter = TimeSpan.Zero;
            return true;
        }
    }

    private void Forget(Queue<DateTimeOffset> times, DateTimeOffset now)
    {
        while (times.Count > 0 && times.Peek() <= now - window)
        {
            times.Dequeue();
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (clientId, times) in recent.ToList())
        {
            Forget(times, now);
            if (times.Count == 0)
            {
                recent.Remove(clientId);
            }
        }
    }
}
