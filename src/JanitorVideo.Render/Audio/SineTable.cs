namespace JanitorVideo.Render.Audio;

/// <summary>
/// Sine by table lookup with linear interpolation: a bed computes millions of sines, and this is
/// several times faster than <see cref="Math.Sin(double)"/> while staying far below audible error.
/// </summary>
internal static class SineTable
{
    private const int Size = 4096;
    private static readonly float[] Table = Build();

    /// <summary>sin(2π · <paramref name="cycles"/>).</summary>
    public static double Sin(double cycles)
    {
        var position = (cycles - Math.Floor(cycles)) * Size;
        var index = (int)position;
        var fraction = position - index;
        return Table[index] + ((Table[index + 1] - Table[index]) * fraction);
    }

    private static float[] Build()
    {
        var table = new float[Size + 1];
        for (var i = 0; i <= Size; i++)
        {
            table[i] = (float)Math.Sin(2 * Math.PI * i / Size);
        }

        return table;
    }
}
