using JanitorVideo.Render.Effects;

namespace JanitorVideo.Render.Tests.Effects;

public sealed class FrameFinisherConversionTests
{
    private const int Width = 48, Height = 8;

    public static TheoryData<bool> Paths => new() { true, false };

    [Theory]
    [MemberData(nameof(Paths))]
    public void Finish_PureWhite_IsLimitedRangeWhite(bool useVector)
    {
        var yuv = Convert(255, 255, 255, useVector);

        Assert.All(TestFrames.Luma(yuv, Width, Height).ToArray(), y => Assert.Equal(235, y));
        Assert.All(TestFrames.U(yuv, Width, Height).ToArray(), u => Assert.Equal(128, u));
        Assert.All(TestFrames.V(yuv, Width, Height).ToArray(), v => Assert.Equal(128, v));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Finish_Black_IsLimitedRangeBlack(bool useVector)
    {
        var yuv = Convert(0, 0, 0, useVector);

        Assert.All(TestFrames.Luma(yuv, Width, Height).ToArray(), y => Assert.Equal(16, y));
        Assert.All(TestFrames.U(yuv, Width, Height).ToArray(), u => Assert.Equal(128, u));
        Assert.All(TestFrames.V(yuv, Width, Height).ToArray(), v => Assert.Equal(128, v));
    }

    [Theory]
    [InlineData(255, 0, 0, true)]
    [InlineData(0, 255, 0, true)]
    [InlineData(0, 0, 255, true)]
    [InlineData(255, 0, 0, false)]
    [InlineData(0, 255, 0, false)]
    [InlineData(0, 0, 255, false)]
    [InlineData(200, 120, 40, true)]
    [InlineData(30, 90, 170, false)]
    public void Finish_Colours_MatchBt709LimitedRange(byte r, byte g, byte b, bool useVector)
    {
        var (expectedY, expectedU, expectedV) = Bt709(r, g, b);

        var yuv = Convert(r, g, b, useVector);

        Assert.InRange(TestFrames.Luma(yuv, Width, Height)[0], expectedY - 1, expectedY + 1);
        Assert.InRange(TestFrames.U(yuv, Width, Height)[0], expectedU - 1, expectedU + 1);
        Assert.InRange(TestFrames.V(yuv, Width, Height)[0], expectedV - 1, expectedV + 1);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Finish_GreyWithNeutralLight_StaysGrey(bool useVector)
    {
        var finisher = new FrameFinisher(Width, Height, new LightSpec(), seed: 1);
        foreach (byte level in new byte[] { 1, 64, 128, 200, 254 })
        {
            var yuv = TestFrames.Finish(finisher, TestFrames.Solid(Width, Height, level, level, level), FrameLight.Neutral, useVector);

            int expectedY = (int)Math.Round(16 + (219.0 * level / 255));
            Assert.All(TestFrames.Luma(yuv, Width, Height).ToArray(), y => Assert.Equal(expectedY, y));
            Assert.All(TestFrames.U(yuv, Width, Height).ToArray(), u => Assert.Equal(128, u));
            Assert.All(TestFrames.V(yuv, Width, Height).ToArray(), v => Assert.Equal(128, v));
        }
    }

    [Fact]
    public void Finish_Chroma_AveragesEach2x2Block()
    {
        // Red and blue columns alternate: every 2x2 block holds two of each, so chroma is their average.
        var pixels = new byte[Width * Height * 4];
        for (int i = 0; i < Width * Height; i++)
        {
            bool red = i % 2 == 0;
            pixels[(i * 4) + (red ? 2 : 0)] = 255;
            pixels[(i * 4) + 3] = 255;
        }

        var (_, expectedU, expectedV) = Bt709(127.5, 0, 127.5);
        var yuv = TestFrames.Finish(new FrameFinisher(Width, Height, new LightSpec(), 1), pixels, FrameLight.Neutral);

        Assert.All(TestFrames.U(yuv, Width, Height).ToArray(), u => Assert.InRange(u, expectedU - 1, expectedU + 1));
        Assert.All(TestFrames.V(yuv, Width, Height).ToArray(), v => Assert.InRange(v, expectedV - 1, expectedV + 1));
    }

    [Theory]
    [InlineData(1080, 1920)]
    [InlineData(1280, 720)]
    [InlineData(1030, 6)]
    [InlineData(18, 4)]
    [InlineData(8, 2)]
    public void Finish_RandomImagesWithEveryEffect_VectorAndScalarAgree(int width, int height)
    {
        var spec = new LightSpec(ColorGrade.Vivid, Vignette: 0.8f, Grain: 0.7f, Sweep: true);
        var finisher = new FrameFinisher(width, height, spec, seed: 9);
        var pixels = TestFrames.Noise(width, height, seed: width + height);
        var light = new FrameLight(0.85f, 0.5f, 123);

        var vector = TestFrames.Finish(finisher, pixels, light, useVector: true);
        var scalar = TestFrames.Finish(finisher, pixels, light, useVector: false);

        Assert.Equal(scalar, vector);
    }

    [Fact]
    public void Finish_EveryGrade_VectorAndScalarAgree()
    {
        var pixels = TestFrames.Noise(64, 16, seed: 5);
        foreach (var grade in Enum.GetValues<ColorGrade>())
        {
            var finisher = new FrameFinisher(64, 16, new LightSpec(grade, Vignette: 0.3f), seed: 2);

            Assert.Equal(
                TestFrames.Finish(finisher, pixels, new FrameLight(1.07f, -1, 0), useVector: false),
                TestFrames.Finish(finisher, pixels, new FrameLight(1.07f, -1, 0), useVector: true));
        }
    }

    [Theory]
    [InlineData(1081, 1920)]
    [InlineData(1080, 1919)]
    [InlineData(0, 100)]
    public void Constructor_SizeYuv420pCannotHold_ThrowsRenderInputException(int width, int height)
    {
        var error = Assert.Throws<RenderInputException>(() => new FrameFinisher(width, height, new LightSpec(), 1));

        Assert.Contains("even", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_VignetteOutOfRange_ThrowsRenderInputException()
    {
        Assert.Throws<RenderInputException>(() => new FrameFinisher(64, 64, new LightSpec(Vignette: 1.5f), 1));
    }

    private static byte[] Convert(byte r, byte g, byte b, bool useVector) =>
        TestFrames.Finish(new FrameFinisher(Width, Height, new LightSpec(), seed: 1), TestFrames.Solid(Width, Height, r, g, b), FrameLight.Neutral, useVector);

    /// <summary>The textbook BT.709 limited-range formulas.</summary>
    private static (int Y, int U, int V) Bt709(double r, double g, double b)
    {
        double luma = (0.2126 * r) + (0.7152 * g) + (0.0722 * b);
        double y = 16 + (219 * luma / 255);
        double u = 128 + (224 * (b - luma) / (1.8556 * 255));
        double v = 128 + (224 * (r - luma) / (1.5748 * 255));
        return ((int)Math.Round(y), (int)Math.Round(u), (int)Math.Round(v));
    }
}
