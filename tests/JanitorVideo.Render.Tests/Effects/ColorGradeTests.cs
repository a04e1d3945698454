using JanitorVideo.Render.Effects;

namespace JanitorVideo.Render.Tests.Effects;

public sealed class ColorGradeTests
{
    private const int Width = 64, Height = 16;

    private static readonly (byte R, byte G, byte B) Orange = (230, 140, 70);
    private static readonly (byte R, byte G, byte B) Teal = (40, 120, 130);

    [Fact]
    public void Warm_RaisesRedAgainstBlue()
    {
        var (u, v) = MeanChroma(ColorGrade.Warm, TestFrames.Solid(Width, Height, 128, 128, 128));

        Assert.True(v - u > 8, $"V {v} U {u}");
    }

    [Fact]
    public void Cool_RaisesBlueAgainstRed()
    {
        var (u, v) = MeanChroma(ColorGrade.Cool, TestFrames.Solid(Width, Height, 128, 128, 128));

        Assert.True(u - v > 8, $"V {v} U {u}");
    }

    [Fact]
    public void Noir_RemovesAllColourAndStretchesContrast()
    {
        var colourful = TestFrames.Noise(Width, Height, 3);
        var yuv = Finish(ColorGrade.Noir, colourful);

        Assert.All(TestFrames.U(yuv, Width, Height).ToArray(), u => Assert.Equal(128, u));
        Assert.All(TestFrames.V(yuv, Width, Height).ToArray(), v => Assert.Equal(128, v));
        Assert.True(Spread(ColorGrade.Noir, TestFrames.Halves(Width, Height, (60, 60, 60), (190, 190, 190))) > Spread(ColorGrade.None, TestFrames.Halves(Width, Height, (60, 60, 60), (190, 190, 190))) + 20);
    }

    [Fact]
    public void Vivid_StrengthensColour()
    {
        var image = TestFrames.Halves(Width, Height, Orange, Teal);

        Assert.True(Colourfulness(ColorGrade.Vivid, image) > Colourfulness(ColorGrade.None, image) * 1.2);
    }

    [Fact]
    public void Vintage_LiftsBlacksSoftensColourAndWarms()
    {
        var black = Finish(ColorGrade.Vintage, TestFrames.Solid(Width, Height, 0, 0, 0));
        var image = TestFrames.Halves(Width, Height, Orange, Teal);
        var (u, v) = MeanChroma(ColorGrade.Vintage, TestFrames.Solid(Width, Height, 128, 128, 128));

        Assert.True(TestFrames.Luma(black, Width, Height)[0] > 16 + 10);
        Assert.True(Colourfulness(ColorGrade.Vintage, image) < Colourfulness(ColorGrade.None, image) * 0.85);
        Assert.True(v - u > 5, $"V {v} U {u}");
    }

    [Fact]
    public void Dreamy_LiftsSoftensAndTintsPink()
    {
        var contrast = TestFrames.Halves(Width, Height, (20, 20, 20), (230, 230, 230));
        var (u, v) = MeanChroma(ColorGrade.Dreamy, TestFrames.Solid(Width, Height, 128, 128, 128));

        Assert.True(Spread(ColorGrade.Dreamy, contrast) < Spread(ColorGrade.None, contrast) - 15);
        Assert.True(TestFrames.Luma(Finish(ColorGrade.Dreamy, TestFrames.Solid(Width, Height, 0, 0, 0)), Width, Height)[0] > 16 + 15);

        // Pink: more red (V up) without losing blue (U not down).
        Assert.True(v > 130, $"V {v}");
        Assert.True(u >= 128, $"U {u}");
    }

    [Fact]
    public void TealOrange_PushesOrangeWarmerAndTealCooler()
    {
        var image = TestFrames.Halves(Width, Height, Orange, Teal);
        var plain = Finish(ColorGrade.None, image);
        var graded = Finish(ColorGrade.TealOrange, image);

        // In the orange half R−B (V−U) grows; in the teal half B−R grows.
        Assert.True(Balance(graded, orangeSide: true) > Balance(plain, orangeSide: true) + 5);
        Assert.True(Balance(graded, orangeSide: false) < Balance(plain, orangeSide: false) - 5);
    }

    [Fact]
    public void None_IsIdentity()
    {
        Assert.Equal(ColorMatrix.Identity, ColorGrades.For(ColorGrade.None));
        Assert.Equal((10f, 20f, 30f), ColorMatrix.Identity.Apply(10, 20, 30));
    }

    [Fact]
    public void Then_AppliesInOrder()
    {
        var combined = ColorMatrix.Gains(2, 1, 1).Then(ColorMatrix.Offsets(10, 0, 0));

        Assert.Equal(50f, combined.Apply(20, 0, 0).R);
    }

    [Theory]
    [InlineData("warm", ColorGrade.Warm)]
    [InlineData("make it warmer please", ColorGrade.Warm)]
    [InlineData("Cool tones", ColorGrade.Cool)]
    [InlineData("cinematic", ColorGrade.TealOrange)]
    [InlineData("TealOrange", ColorGrade.TealOrange)]
    [InlineData("a teal and orange movie look", ColorGrade.TealOrange)]
    [InlineData("retro vibe", ColorGrade.Vintage)]
    [InlineData("black and white", ColorGrade.Noir)]
    [InlineData("vivid", ColorGrade.Vivid)]
    [InlineData("dreamy", ColorGrade.Dreamy)]
    [InlineData("暖色", ColorGrade.Warm)]
    [InlineData("冷色调", ColorGrade.Cool)]
    [InlineData("加一点复古感", ColorGrade.Vintage)]
    [InlineData("梦幻一点", ColorGrade.Dreamy)]
    [InlineData("黑白", ColorGrade.Noir)]
    [InlineData("颜色鲜艳", ColorGrade.Vivid)]
    [InlineData("电影感", ColorGrade.TealOrange)]
    [InlineData("none", ColorGrade.None)]
    public void TryParse_NamedGrade_Found(string words, ColorGrade expected)
    {
        Assert.True(ColorGrades.TryParse(words, out var grade));
        Assert.Equal(expected, grade);
    }

    [Theory]
    [InlineData("")]
    [InlineData("zoom in slowly")]
    [InlineData("cooldown")]
    [InlineData("慢慢放大")]
    public void TryParse_NoGradeNamed_False(string words)
    {
        Assert.False(ColorGrades.TryParse(words, out _));
    }

    [Fact]
    public void TryParse_TwoGrades_EarliestWins()
    {
        Assert.True(ColorGrades.TryParse("vintage, not vivid", out var grade));
        Assert.Equal(ColorGrade.Vintage, grade);
    }

    private static byte[] Finish(ColorGrade grade, byte[] image) =>
        TestFrames.Finish(new FrameFinisher(Width, Height, new LightSpec(grade), 1), image, FrameLight.Neutral);

    private static (double U, double V) MeanChroma(ColorGrade grade, byte[] image)
    {
        var yuv = Finish(grade, image);
        return (TestFrames.Mean(TestFrames.U(yuv, Width, Height)), TestFrames.Mean(TestFrames.V(yuv, Width, Height)));
    }

    /// <summary>Mean distance of chroma from neutral.</summary>
    private static double Colourfulness(ColorGrade grade, byte[] image)
    {
        var yuv = Finish(grade, image);
        var u = TestFrames.U(yuv, Width, Height).ToArray();
        var v = TestFrames.V(yuv, Width, Height).ToArray();
        return u.Zip(v, (a, b) => Math.Abs(a - 128) + Math.Abs(b - 128)).Average();
    }

    /// <summary>Luma of the right half minus the left half.</summary>
    private static double Spread(ColorGrade grade, byte[] image)
    {
        var luma = TestFrames.Luma(Finish(grade, image), Width, Height);
        return TestFrames.Mean(luma, Width, Width / 2, 0, Width / 2, Height) - TestFrames.Mean(luma, Width, 0, 0, Width / 2, Height);
    }

    /// <summary>V − U over one half: red against blue.</summary>
    private static double Balance(byte[] yuv, bool orangeSide)
    {
        int chromaWidth = Width / 2;
        int x0 = orangeSide ? 0 : chromaWidth / 2;
        var u = TestFrames.U(yuv, Width, Height);
        var v = TestFrames.V(yuv, Width, Height);
        return TestFrames.Mean(v, chromaWidth, x0, 0, chromaWidth / 2, Height / 2) - TestFrames.Mean(u, chromaWidth, x0, 0, chromaWidth / 2, Height / 2);
    }
}
