namespace JanitorVideo.Render;

/// <summary>
/// SplitMix64: a tiny generator whose sequence depends only on the seed, on every platform and
/// runtime version (unlike <see cref="Random"/>), so a seed always draws the same particles, grain
/// and music. A class, not a struct: the music's composers share one stream through the score.
/// </summary>
internal sealed class SeededRandom(ulong seed)
{
    private const ulong Golden = 0x9E37_79B9_7F4A_7C15UL;

    private ulong _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits() => Scramble(_state += Golden);

    /// <summary>A uniform number in [0, 1).</summary>
    public double NextDouble() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform number in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public double NextDouble(double min, double max) => min + ((max - min) * NextDouble());

    /// <summary>A uniform number in [<paramref name="low"/>, <paramref name="high"/>), drawn at double precision.</summary>
    public float Between(float low, float high) => low + ((high - low) * (float)NextDouble());

    /// <summary>A uniform integer in [0, <paramref name="count"/>).</summary>
    public int Next(int count) => (int)(NextDouble() * count);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>One of the items, uniformly.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A well-mixed 64-bit value from two inputs: the hash behind seeded noise.</summary>
    public static ulong Mix(ulong a, ulong b) => Scramble(a + (b * Golden) + 0x632B_E59B_D9B4_E019UL);

    /// <summary>White noise in [-1, 1): the same value for the same seed and index.</summary>
    public static double Noise(ulong seed, long index) => ((Mix(seed, (ulong)index) >> 11) * (2.0 / (1UL << 53))) - 1;

    /// <summary>A well-mixed 32-bit hash of two values, for choices that must be pure functions of their inputs.</summary>
    public static uint Hash(uint a, uint b) => (uint)(Scramble(((ulong)a << 32 | b) + Golden) >> 16);

    // SplitMix64's finalizer; every output above goes through it.
    private static ulong Scramble(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
        return z ^ (z >> 31);
    }
}
