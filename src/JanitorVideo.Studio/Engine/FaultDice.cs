namespace JanitorVideo.Studio.Engine;

/// <summary>Seeded dice for fault rates: the same seed gives the same faults in the same order.</summary>
internal sealed class FaultDice(int seed)
{
    private readonly Random _random = new(seed);
    private readonly Lock _gate = new();

    /// <summary>True with probability <paramref name="rate"/> (0 never rolls).</summary>
    public bool Roll(double rate)
    {
        if (rate <= 0)
        {
            return false;
        }

        lock (_gate)
        {
            return _random.NextDouble() < rate;
        }
    }
}
