using System.Collections.Concurrent;
using JanitorVideo.Studio.Store;

namespace JanitorVideo.Studio.Engine;

/// <summary>
/// What the counted faults have done so far in this process: the calls counted, the sessions
/// forgotten, the uses of each token. Counts are shared by all callers, as a busy service's are.
/// </summary>
public sealed class FaultState(FaultOptions faults)
{
    private readonly ConcurrentDictionary<string, byte> _forgotten = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _tokenUses = new(StringComparer.Ordinal);
    private int _sessionLookups;
    private int _rateLimited;
    private int _cut;
    private int _cutMessages;
    private int _tokenRequests;
    private int _rateLimitedTokens;

    /// <summary>Whether <paramref name="sessionId"/> is forgotten now (<see cref="FaultOptions.LoseSessionAt"/>).</summary>
    public bool SessionLost(string sessionId)
    {
        if (faults.LoseSessionAt <= 0)
        {
            return false;
        }

        if (Interlocked.Increment(ref _sessionLookups) == faults.LoseSessionAt)
        {
            _forgotten.TryAdd(sessionId, 0);
        }

        return _forgotten.ContainsKey(sessionId);
    }

    /// <summary>Counts a call made with <paramref name="token"/>; true once it is past <see cref="FaultOptions.TokenUses"/>.</summary>
    public bool TokenWornOut(string token)
    {
        // Kept by the token's hash: the studio holds no token text.
        return faults.TokenUses > 0 && _tokenUses.AddOrUpdate(StoreIds.HashToken(token), 1, (_, uses) => uses + 1) > faults.TokenUses;
    }

    /// <summary>Counts an API call; true while it is among the first <see cref="FaultOptions.RateLimitCalls"/>.</summary>
    public bool RateLimitNext() => faults.RateLimitCalls > 0 && Interlocked.Increment(ref _rateLimited) <= faults.RateLimitCalls;

    /// <summary>Counts an API call; true while it is among the first <see cref="FaultOptions.CutCalls"/>.</summary>
    public bool CutNext() => faults.CutCalls > 0 && Interlocked.Increment(ref _cut) <= faults.CutCalls;

    /// <summary>Counts a message; true while it is among the first <see cref="FaultOptions.CutMessages"/>.</summary>
    public bool CutMessageNext() => faults.CutMessages > 0 && Interlocked.Increment(ref _cutMessages) <= faults.CutMessages;

    /// <summary>Counts a token request; true while it is among the first <see cref="FaultOptions.RateLimitTokenCalls"/>.</summary>
    public bool RateLimitTokenNext() => faults.RateLimitTokenCalls > 0 && Interlocked.Increment(ref _rateLimitedTokens) <= faults.RateLimitTokenCalls;

    /// <summary>Counts a token request; true while it is among the first <see cref="FaultOptions.RefuseClientIds"/>.</summary>
    public bool RefuseClientIdNext() => faults.RefuseClientIds > 0 && Interlocked.Increment(ref _tokenRequests) <= faults.RefuseClientIds;
}
