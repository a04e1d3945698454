namespace JanitorVideo.Render.Effects;

/// <summary>
/// Film grain: a seeded, softened, zero-mean noise tile in luma steps (Q6), stored with each row
/// already wrapped out to the frame width so a frame reads any row from any start in one piece.
/// Each frame picks its own start, so the grain dances while costing one add per pixel.
/// </summary>
internal sealed class GrainTile
{
    /// <summary>Side of the square noise pattern; a power of two so offsets wrap with a mask.</summary>
    public const int Size = 256;

    /// <summary>Standard deviation of the grain, in luma steps, at full strength.</summary>
    private const double StepsAtFullStrength = 7.0;

    private readonly short[] _rows;
    private readonly int _stride;
    private readonly int _width;
    private readonly uint _seed;

    public GrainTile(int width, float strength, int seed)
    {
        _width = width;
        _seed = (uint)seed;
        if (strength <= 0)
        {
            // One row of zeros serves every row of every frame.
            _stride = 0;
            _rows = new short[width];
            return;
        }

        double[] noise = SoftNoise(new SeededRandom((ulong)(seed ^ 0x6A41_4E17)));
        double scale = strength * StepsAtFullStrength * (1 << YuvCoefficients.ValueBits);
        _stride = Size + width;
        _rows = new short[Size * _stride];
        for (int y = 0; y < Size; y++)
        {
            for (int x = 0; x < _stride; x++)
            {
                _rows[(y * _stride) + x] = (short)Math.Round(noise[(y * Size) + (x & (Size - 1))] * scale);
            }
        }
    }

    /// <summary>Where a frame starts reading the tile: a hash of the seed and the frame.</summary>
    public (int X, int Y) Offsets(int frame)
    {
        uint h = SeededRandom.Hash(_seed, (uint)frame);
        return ((int)(h & (Size - 1)), (int)((h >> 8) & (Size - 1)));
    }

    /// <summary>The grain of pixel row <paramref name="y"/>, <c>width</c> values long.</summary>
    public ReadOnlySpan<short> Row(int y, (int X, int Y) offsets)
    {
        if (_stride == 0)
        {
            return _rows;
        }

        // Each band of tile rows starts at a different column, so the pattern does not repeat straight down.
        int row = (y + offsets.Y) & (Size - 1);
        int column = (offsets.X + ((y / Size) * 173)) & (Size - 1);
        return _rows.AsSpan((row * _stride) + column, _width);
    }

    /// <summary>Near-Gaussian noise, softened with a wrapped [1 2 1] blur both ways, then made zero-mean with unit deviation.</summary>
    private static double[] SoftNoise(SeededRandom random)
    {
        var raw = new double[Size * Size];
        for (int i = 0; i < raw.Length; i++)
        {
            raw[i] = random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5;
        }

        var across = new double[raw.Length];
        var soft = new double[raw.Length];
        const int mask = Size - 1;
        for (int y = 0; y < Size; y++)
        {
            for (int x = 0; x < Size; x++)
            {
                across[(y * Size) + x] = raw[(y * Size) + ((x - 1) & mask)] + (2 * raw[(y * Size) + x]) + raw[(y * Size) + ((x + 1) & mask)];
            }
        }

        for (int y = 0; y < Size; y++)
        {
            for (int x = 0; x < Size; x++)
            {
                soft[(y * Size) + x] = across[(((y - 1) & mask) * Size) + x] + (2 * across[(y * Size) + x]) + across[(((y + 1) & mask) * Size) + x];
            }
        }

        double mean = soft.Average();
        double deviation = Math.Sqrt(soft.Sum(v => (v - mean) * (v - mean)) / soft.Length);
        for (int i = 0; i < soft.Length; i++)
        {
            soft[i] = (soft[i] - mean) / deviation;
        }

        return soft;
    }
}
