namespace JanitorVideo.Render.Effects;

/// <summary>
/// An affine colour transform on 0..255 RGB: each output channel is a weighted sum of the input
/// channels plus an offset (R' = Rr·R + Rg·G + Rb·B + Ro, and so on).
/// </summary>
public readonly record struct ColorMatrix(
    float Rr, float Rg, float Rb, float Ro,
    float Gr, float Gg, float Gb, float Go,
    float Br, float Bg, float Bb, float Bo)
{
    /// <summary>BT.709 luma weights, so saturation changes keep the brightness the video encodes.</summary>
    internal const float LumaR = 0.2126f, LumaG = 0.7152f, LumaB = 0.0722f;

    /// <summary>Leaves every colour as it is.</summary>
    public static ColorMatrix Identity { get; } = new(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0);

    /// <summary>Scales each channel: warm and cool tints.</summary>
    public static ColorMatrix Gains(float r, float g, float b) => new(r, 0, 0, 0, 0, g, 0, 0, 0, 0, b, 0);

    /// <summary>Adds a constant to each channel: lifted or tinted blacks.</summary>
    public static ColorMatrix Offsets(float r, float g, float b) => new(1, 0, 0, r, 0, 1, 0, g, 0, 0, 1, b);

    /// <summary>0 makes grey (by BT.709 luma), 1 leaves colours alone, above 1 makes them stronger.</summary>
    public static ColorMatrix Saturation(float amount)
    {
        float keep = 1 - amount;
        return new(
            keep * LumaR + amount, keep * LumaG, keep * LumaB, 0,
            keep * LumaR, keep * LumaG + amount, keep * LumaB, 0,
            keep * LumaR, keep * LumaG, keep * LumaB + amount, 0);
    }

    /// <summary>Stretches (above 1) or flattens (below 1) every channel around <paramref name="pivot"/>.</summary>
    public static ColorMatrix Contrast(float amount, float pivot = 128f)
    {
        float offset = pivot * (1 - amount);
        return new(amount, 0, 0, offset, 0, amount, 0, offset, 0, 0, amount, offset);
    }

    /// <summary>This transform followed by <paramref name="next"/>.</summary>
    public ColorMatrix Then(ColorMatrix next) => new(
        next.Rr * Rr + next.Rg * Gr + next.Rb * Br,
        next.Rr * Rg + next.Rg * Gg + next.Rb * Bg,
        next.Rr * Rb + next.Rg * Gb + next.Rb * Bb,
        next.Rr * Ro + next.Rg * Go + next.Rb * Bo + next.Ro,
        next.Gr * Rr + next.Gg * Gr + next.Gb * Br,
        next.Gr * Rg + next.Gg * Gg + next.Gb * Bg,
        next.Gr * Rb + next.Gg * Gb + next.Gb * Bb,
        next.Gr * Ro + next.Gg * Go + next.Gb * Bo + next.Go,
        next.Br * Rr + next.Bg * Gr + next.Bb * Br,
        next.Br * Rg + next.Bg * Gg + next.Bb * Bg,
        next.Br * Rb + next.Bg * Gb + next.Bb * Bb,
        next.Br * Ro + next.Bg * Go + next.Bb * Bo + next.Bo);

    /// <summary>The transformed colour, unclamped.</summary>
    public (float R, float G, float B) Apply(float r, float g, float b) => (
        Rr * r + Rg * g + Rb * b + Ro,
        Gr * r + Gg * g + Gb * b + Go,
        Br * r + Bg * g + Bb * b + Bo);
}
