namespace JanitorVideo.Render.Effects;

/// <summary>
/// SplitMix64: a tiny, fast generator whose sequence depends only on the seed, on every platform
/// and runtime version, so the same seed always draws the same particles and grain.
/// </summary>
internal struct SeededRandom(long seed)
{
    private ulong state = (ulong)seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits()
    {
        ulong z = state += 0x9E37_79B9_7F4A_7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [<paramref name="low"/>, <paramref name="high"/>).</summary>
    public float Between(float low, float high) => low + ((high - low) * (float)NextDouble());

    /// <summary>A well-mixed 32-bit hash of two values, for choices that must be pure functions of their inputs.</summary>
    public static uint Hash(uint a, uint b)
    {
        ulong z = ((ulong)a << 32 | b) + 0x9E37_79B9_7F4A_7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
        return (uint)((z ^ (z >> 31)) >> 16);
    }
}
