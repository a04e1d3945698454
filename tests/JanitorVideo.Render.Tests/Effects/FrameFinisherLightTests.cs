using JanitorVideo.Render.Effects;

namespace JanitorVideo.Render.Tests.Effects;

public sealed class FrameFinisherLightTests
{
    private const int Width = 320, Height = 480;

    private static readonly byte[] Grey = TestFrames.Solid(Width, Height, 150, 150, 150);

    [Fact]
    public void Finish_Vignette_DarkensCornersMoreThanEdgesMoreThanCentre()
    {
        var yuv = Finish(new LightSpec(Vignette: 1f), FrameLight.Neutral);
        var luma = TestFrames.Luma(yuv, Width, Height);

        double centre = TestFrames.Mean(luma, Width, (Width / 2) - 8, (Height / 2) - 8, 16, 16);
        double edge = TestFrames.Mean(luma, Width, 0, (Height / 2) - 8, 8, 16);
        double corner = TestFrames.Mean(luma, Width, 0, 0, 8, 8);
        Assert.True(centre - edge > 10, $"edge {edge} vs centre {centre}");
        Assert.True(edge - corner > 10, $"corner {corner} vs edge {edge}");
    }

    [Fact]
    public void Finish_Vignette_PullsCornerChromaTowardsNeutral()
    {
        var red = TestFrames.Solid(Width, Height, 220, 40, 40);
        var finisher = new FrameFinisher(Width, Height, new LightSpec(Vignette: 1f), 1);

        var v = TestFrames.V(TestFrames.Finish(finisher, red, FrameLight.Neutral), Width, Height);

        Assert.True(v[0] < v[((Height / 4) * (Width / 2)) + (Width / 4)] - 20);
        Assert.True(v[0] > 128);
    }

    [Fact]
    public void Finish_GainZero_IsBlackEvenWithGrainAndSweep()
    {
        var spec = new LightSpec(ColorGrade.Vintage, Vignette: 0.5f, Grain: 1f, Sweep: true);

        var yuv = Finish(spec, new FrameLight(0f, 0.5f, 7));

        Assert.All(TestFrames.Luma(yuv, Width, Height).ToArray(), y => Assert.Equal(16, y));
        Assert.All(TestFrames.U(yuv, Width, Height).ToArray(), u => Assert.Equal(128, u));
        Assert.All(TestFrames.V(yuv, Width, Height).ToArray(), v => Assert.Equal(128, v));
    }

    [Fact]
    public void Finish_GainHalf_HalvesDistanceFromBlack()
    {
        double full = TestFrames.Mean(TestFrames.Luma(Finish(new LightSpec(), FrameLight.Neutral), Width, Height));
        double half = TestFrames.Mean(TestFrames.Luma(Finish(new LightSpec(), FrameLight.Neutral with { Gain = 0.5f }), Width, Height));

        Assert.InRange(half - 16, ((full - 16) / 2) - 1, ((full - 16) / 2) + 1);
    }

    [Fact]
    public void Finish_GlowGainAboveOne_Brightens()
    {
        double normal = TestFrames.Mean(TestFrames.Luma(Finish(new LightSpec(), FrameLight.Neutral), Width, Height));
        double glowing = TestFrames.Mean(TestFrames.Luma(Finish(new LightSpec(), FrameLight.Neutral with { Gain = 1.07f }), Width, Height));

        Assert.InRange(glowing - normal, 6, 12);
    }

    [Fact]
    public void Finish_GrainSameSeedAndFrame_SameOutput()
    {
        var spec = new LightSpec(Grain: 0.8f);

        Assert.Equal(Finish(spec, FrameLight.Neutral with { GrainFrame = 33 }, seed: 4), Finish(spec, FrameLight.Neutral with { GrainFrame = 33 }, seed: 4));
    }

    [Fact]
    public void Finish_GrainDifferentFramesOrSeeds_DifferentGrain()
    {
        var spec = new LightSpec(Grain: 0.8f);
        var first = Finish(spec, FrameLight.Neutral with { GrainFrame = 0 }, seed: 4);

        Assert.NotEqual(first, Finish(spec, FrameLight.Neutral with { GrainFrame = 33 }, seed: 4));
        Assert.NotEqual(first, Finish(spec, FrameLight.Neutral with { GrainFrame = 0 }, seed: 5));
    }

    [Fact]
    public void Finish_Grain_IsVisibleButKeepsMeanLuma()
    {
        var clean = TestFrames.Luma(Finish(new LightSpec(), FrameLight.Neutral), Width, Height).ToArray();
        var grainy = TestFrames.Luma(Finish(new LightSpec(Grain: 1f), FrameLight.Neutral with { GrainFrame = 66 }), Width, Height).ToArray();

        double deviation = Math.Sqrt(grainy.Select((y, i) => Math.Pow(y - clean[i], 2)).Average());
        Assert.InRange(deviation, 3, 12);
        Assert.InRange(TestFrames.Mean(grainy) - TestFrames.Mean(clean), -1, 1);
    }

    [Fact]
    public void Finish_Grain_LeavesChromaAlone()
    {
        var clean = Finish(new LightSpec(), FrameLight.Neutral);
        var grainy = Finish(new LightSpec(Grain: 1f), FrameLight.Neutral with { GrainFrame = 66 });

        Assert.Equal(TestFrames.U(clean, Width, Height).ToArray(), TestFrames.U(grainy, Width, Height).ToArray());
    }

    [Fact]
    public void Finish_Sweep_BrightensADiagonalBandThatMovesAcross()
    {
        var spec = new LightSpec(Sweep: true);
        var none = TestFrames.Luma(Finish(spec, FrameLight.Neutral), Width, Height).ToArray();
        var early = TestFrames.Luma(Finish(spec, FrameLight.Neutral with { SweepProgress = 0.3f }), Width, Height).ToArray();
        var late = TestFrames.Luma(Finish(spec, FrameLight.Neutral with { SweepProgress = 0.7f }), Width, Height).ToArray();

        Assert.Equal(none.Distinct().Single(), TestFrames.Luma(Finish(new LightSpec(), FrameLight.Neutral), Width, Height)[0]);
        Assert.True(early.Max() - none.Max() > 15, "the band should brighten by well over 15 steps");
        Assert.NotEqual(BrightestColumn(early, 0), BrightestColumn(late, 0));

        // Diagonal, leaning like "/": lower down the band sits further left, so it travels towards the bottom right.
        Assert.True(BrightestColumn(early, Height / 2) < BrightestColumn(early, 0));
    }

    [Fact]
    public void Finish_FromSeveralThreads_SameAsOneAtATime()
    {
        var finisher = new FrameFinisher(Width, Height, new LightSpec(ColorGrade.Warm, 0.5f, 0.5f, Sweep: true), 3);
        var lights = Enumerable.Range(0, 8).Select(i => new FrameLight(0.5f + (i * 0.1f), i / 8f, i * 33)).ToArray();
        var sequential = lights.Select(light => TestFrames.Finish(finisher, Grey, light)).ToArray();

        var parallel = new byte[lights.Length][];
        Parallel.For(0, lights.Length, i => parallel[i] = TestFrames.Finish(finisher, Grey, lights[i]));

        Assert.Equal(sequential, parallel);
    }

    private static byte[] Finish(LightSpec spec, FrameLight light, int seed = 1) =>
        TestFrames.Finish(new FrameFinisher(Width, Height, spec, seed), Grey, light);

    private static int BrightestColumn(byte[] luma, int row)
    {
        var line = luma.AsSpan(row * Width, Width);
        int best = 0;
        for (int x = 1; x < Width; x++)
        {
            if (line[x] > line[best])
            {
                best = x;
            }
        }

        return best;
    }
}
