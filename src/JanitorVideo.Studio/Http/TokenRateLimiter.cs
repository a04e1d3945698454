namespace JanitorVideo.Studio.Http;

/// <summary>
/// At most <c>perWindow</c> anonymous tokens per client id within a sliding window, so one client
/// cannot mint tokens (and their credits) in a loop; a client re-authenticating after 1001 stays well inside it.
/// </summary>
public sealed class TokenRateLimiter(int perWindow, TimeSpan window, TimeProvider time)
{
    // Forgetting idle client ids keeps the table small however many ids are tried.
    private const int SweepAbove = 10_000;

    private readonly Dictionary<string, Queue<DateTimeOffset>> _recent = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Counts a token request; false, with how long to wait, when the client id is over its allowance.</summary>
    public bool TryAcquire(string clientId, out TimeSpan retryAfter)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_recent.Count > SweepAbove)
            {
                Sweep(now);
            }

            if (!_recent.TryGetValue(clientId, out var times))
            {
                _recent[clientId] = times = new Queue<DateTimeOffset>();
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
        foreach (var (clientId, times) in _recent.ToList())
        {
            Forget(times, now);
            if (times.Count == 0)
            {
                _recent.Remove(clientId);
            }
        }
    }
}
