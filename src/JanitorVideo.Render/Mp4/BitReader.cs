namespace JanitorVideo.Render.Mp4;

/// <summary>
/// Reads bits most significant first, with H.264's Exp-Golomb codes. Reading past the end gives
/// zeros and sets <see cref="Overrun"/>, so a parser reads on and checks once at the end.
/// </summary>
internal ref struct BitReader
{
    private readonly ReadOnlySpan<byte> _bytes;
    private long _bit;

    public BitReader(ReadOnlySpan<byte> bytes)
    {
        _bytes = bytes;
        _bit = 0;
        Overrun = false;
    }

    /// <summary>True once a read went past the last byte, or an Exp-Golomb code was longer than 32 bits.</summary>
    public bool Overrun { get; private set; }

    public bool Flag() => Bits(1) == 1;

    /// <summary>The next <paramref name="count"/> bits (at most 32) as an unsigned number.</summary>
    public uint Bits(int count)
    {
        uint value = 0;
        for (var i = 0; i < count; i++)
        {
            var index = _bit >> 3;
            if (index >= _bytes.Length)
            {
                Overrun = true;
                return 0;
            }

            value = (value << 1) | (uint)((_bytes[(int)index] >> (7 - (int)(_bit & 7))) & 1);
            _bit++;
        }

        return value;
    }

    /// <summary>An unsigned Exp-Golomb code, ue(v).</summary>
    public uint Ue()
    {
        var zeros = 0;
        while (!Flag())
        {
            if (Overrun || ++zeros > 31)
            {
                Overrun = true;
                return 0;
            }
        }

        return zeros == 0 ? 0 : (uint)((1L << zeros) - 1 + Bits(zeros));
    }

    /// <summary>A signed Exp-Golomb code, se(v).</summary>
    public int Se()
    {
        var code = Ue();
        return (code & 1) == 1 ? (int)((code + 1) / 2) : -(int)(code / 2);
    }
}
