namespace JanitorVideo.Render.Effects;

/// <summary>The colour looks as matrices, and the words people use to ask for them.</summary>
public static class ColorGrades
{
    private static readonly ColorMatrix Warm = ColorMatrix.Gains(1.08f, 1.02f, 0.88f).Then(ColorMatrix.Offsets(4, 1, -2));

    private static readonly ColorMatrix Cool = ColorMatrix.Gains(0.91f, 1f, 1.09f).Then(ColorMatrix.Offsets(-2, 0, 5));

    // A linear matrix cannot look at brightness, so the split comes from an offset that tints the
    // shadows teal and gains that tint the highlights orange, around stronger orange–teal colour.
    private static readonly ColorMatrix TealOrange = OrangeTealAxis(along: 1.3f, across: 0.8f)
        .Then(ColorMatrix.Contrast(1.06f))
        .Then(ColorMatrix.Gains(1.05f, 1f, 0.93f))
        .Then(ColorMatrix.Offsets(-5, 2, 7));

    private static readonly ColorMatrix Vintage = ColorMatrix.Saturation(0.7f)
        .Then(ColorMatrix.Contrast(0.86f))
        .Then(ColorMatrix.Gains(1.04f, 1f, 0.86f))
        .Then(ColorMatrix.Offsets(8, 4, 0));

    private static readonly ColorMatrix Dreamy = ColorMatrix.Contrast(0.82f)
        .Then(ColorMatrix.Saturation(0.9f))
        .Then(ColorMatrix.Gains(1.03f, 0.98f, 1.02f))
        .Then(ColorMatrix.Offsets(9, 3, 8));

    private static readonly ColorMatrix Noir = ColorMatrix.Saturation(0f).Then(ColorMatrix.Contrast(1.3f));

    private static readonly ColorMatrix Vivid = ColorMatrix.Saturation(1.35f).Then(ColorMatrix.Contrast(1.06f));

    /// <summary>The matrix of <paramref name="grade"/>; <see cref="ColorMatrix.Identity"/> for <see cref="ColorGrade.None"/>.</summary>
    public static ColorMatrix For(ColorGrade grade) => grade switch
    {
        ColorGrade.None => ColorMatrix.Identity,
        ColorGrade.Warm => Warm,
        ColorGrade.Cool => Cool,
        ColorGrade.TealOrange => TealOrange,
        ColorGrade.Vintage => Vintage,
        ColorGrade.Dreamy => Dreamy,
        ColorGrade.Noir => Noir,
        ColorGrade.Vivid => Vivid,
        _ => throw new RenderInputException($"There is no colour grade numbered {(int)grade}; use one of: {string.Join(", ", Enum.GetNames<ColorGrade>())}."),
    };

    /// <summary>
    /// Finds the grade named in <paramref name="words"/> (English or Chinese, e.g. "warm", "cinematic",
    /// "black and white", "复古", "黑白"); the earliest mention wins. False when no grade is named.
    /// </summary>
    public static bool TryParse(string words, out ColorGrade grade) => ColorGradeWords.TryFind(words, out grade);

    /// <summary>
    /// Strengthens (along) and weakens (across) colour on the orange–teal axis, measured in the
    /// BT.709 opponent plane (B − luma, R − luma), keeping luma.
    /// </summary>
    private static ColorMatrix OrangeTealAxis(float along, float across)
    {
        const float wr = ColorMatrix.LumaR, wg = ColorMatrix.LumaG, wb = ColorMatrix.LumaB;
        float[] luma = [wr, wg, wb];
        float[] u = [-wr, -wg, 1 - wb];
        float[] v = [1 - wr, -wg, -wb];

        // Skin-like orange (255, 140, 40) sets the axis.
        float orangeLuma = (wr * 255) + (wg * 140) + (wb * 40);
        float au = 40 - orangeLuma, av = 255 - orangeLuma;
        float norm = MathF.Sqrt((au * au) + (av * av));
        au /= norm;
        av /= norm;
        float suu = 1 + ((along - 1) * au * au) + ((across - 1) * av * av);
        float svv = 1 + ((along - 1) * av * av) + ((across - 1) * au * au);
        float suv = (along - across) * au * av;

        var rows = new float[3][];
        for (int channel = 0; channel < 3; channel++)
        {
            float[] row = new float[3];
            for (int input = 0; input < 3; input++)
            {
                float uu = (suu * u[input]) + (suv * v[input]);
                float vv = (suv * u[input]) + (svv * v[input]);
                row[input] = channel switch
                {
                    0 => luma[input] + vv,
                    2 => luma[input] + uu,
                    _ => luma[input] - (((wr * vv) + (wb * uu)) / wg),
                };
            }

            rows[channel] = row;
        }

        return new(
            rows[0][0], rows[0][1], rows[0][2], 0,
            rows[1][0], rows[1][1], rows[1][2], 0,
            rows[2][0], rows[2][1], rows[2][2], 0);
    }
}
