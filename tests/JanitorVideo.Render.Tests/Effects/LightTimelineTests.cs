using JanitorVideo.Render.Effects;

namespace JanitorVideo.Render.Tests.Effects;

public sealed class LightTimelineTests
{
    private const double Duration = 5;

    [Fact]
    public void Fades_ReachBlackAtBothEndsAndAreMonotonic()
    {
        var spec = new LightSpec(FadeInSeconds: 1, FadeOutSeconds: 1.5);
        var gains = Enumerable.Range(0, 151).Select(frame => LightTimeline.At(spec, frame / 30.0, Duration, loop: false).Gain).ToArray();

        Assert.Equal(0f, gains[0]);
        Assert.Equal(0f, gains[^1]);
        Assert.Equal(1f, gains[75]);
        for (int i = 1; i <= 30; i++)
        {
            Assert.True(gains[i] >= gains[i - 1], $"fade-in fell at frame {i}");
        }

        for (int i = 106; i <= 150; i++)
        {
            Assert.True(gains[i] <= gains[i - 1], $"fade-out rose at frame {i}");
        }
    }

    [Fact]
    public void NoEffects_NeutralLight()
    {
        var light = LightTimeline.At(new LightSpec(), 2.5, Duration, loop: true);

        Assert.Equal(1f, light.Gain);
        Assert.False(light.HasSweep);
    }

    [Fact]
    public void GlowPulse_BrightensGentlyAndJoinsWhenLooping()
    {
        var spec = new LightSpec(GlowPulse: true);
        var gains = Enumerable.Range(0, 151).Select(frame => LightTimeline.At(spec, frame / 30.0, Duration, loop: true).Gain).ToArray();

        Assert.InRange(gains.Max(), 1.05f, 1.1f);
        Assert.InRange(gains.Min(), 1f, 1.001f);
        Assert.Equal(gains[0], gains[^1], 4);
    }

    [Fact]
    public void Sweep_CrossesInTheMiddleAndIsGoneAtTheEnds()
    {
        var spec = new LightSpec(Sweep: true);
        var progress = Enumerable.Range(0, 151).Select(frame => LightTimeline.At(spec, frame / 30.0, Duration, loop: true)).ToArray();

        Assert.False(progress[0].HasSweep);
        Assert.False(progress[^1].HasSweep);
        Assert.True(progress[75].HasSweep);
        var crossing = progress.Where(light => light.HasSweep).Select(light => light.SweepProgress).ToArray();
        Assert.Equal(crossing.Order().ToArray(), crossing);
    }

    [Fact]
    public void Grain_DiffersEveryFrameAndWrapsWhenLooping()
    {
        var spec = new LightSpec(Grain: 0.5f);
        var frames = Enumerable.Range(0, 150).Select(frame => LightTimeline.At(spec, frame / 30.0, Duration, loop: true).GrainFrame).ToArray();

        Assert.Equal(frames.Length, frames.Distinct().Count());
        Assert.Equal(frames[0], LightTimeline.At(spec, Duration, Duration, loop: true).GrainFrame);
    }

    [Fact]
    public void BadSpec_ThrowsRenderInputException()
    {
        Assert.Throws<RenderInputException>(() => LightTimeline.At(new LightSpec(FadeInSeconds: -1), 0, Duration, false));
        Assert.Throws<RenderInputException>(() => LightTimeline.At(new LightSpec(Grain: float.NaN), 0, Duration, false));
        Assert.Throws<RenderInputException>(() => LightTimeline.At(new LightSpec(), 0, 0, false));
    }
}
