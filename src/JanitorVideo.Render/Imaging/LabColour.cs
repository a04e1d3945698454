namespace JanitorVideo.Render.Imaging;

/// <summary>sRGB to CIE L*a*b* (D65): distances in Lab follow how different colours look.</summary>
internal static class LabColour
{
    private static readonly float[] Linear = BuildLinear();

    public static (float L, float A, float B) FromSrgb(byte r, byte g, byte b)
    {
        float lr = Linear[r], lg = Linear[g], lb = Linear[b];
        var x = ((0.4124f * lr) + (0.3576f * lg) + (0.1805f * lb)) / 0.95047f;
        var y = (0.2126f * lr) + (0.7152f * lg) + (0.0722f * lb);
        var z = ((0.0193f * lr) + (0.1192f * lg) + (0.9505f * lb)) / 1.08883f;
        float fx = F(x), fy = F(y), fz = F(z);
        return ((116f * fy) - 16f, 500f * (fx - fy), 200f * (fy - fz));
    }

    private static float F(float t) => t > 0.008856f ? MathF.Cbrt(t) : (7.787f * t) + (16f / 116f);

    private static float[] BuildLinear()
    {
        var table = new float[256];
        for (var i = 0; i < 256; i++)
        {
            var c = i / 255f;
            table[i] = c <= 0.04045f ? c / 12.92f : MathF.Pow((c + 0.055f) / 1.055f, 2.4f);
        }
        return table;
    }
}
