using JanitorVideo.Render.Text;

namespace JanitorVideo.Render.Tests.Text;

public class TextAnimationTests
{
    private static readonly TextLayerSpec Faded = new("Hello", TextRole.Title, 2, 6);

    [Theory]
    [InlineData(0)]
    [InlineData(1.99)]
    [InlineData(6)]
    [InlineData(7.5)]
    public void At_OutsideTheLayersTime_IsInvisible(double seconds)
    {
        Assert.Equal(0, TextAnimation.At(Faded, seconds).Opacity);
    }

    [Fact]
    public void At_TheMiddle_IsFullyVisibleAtRest()
    {
        Assert.Equal(TextPose.Rest, TextAnimation.At(Faded, 4));
    }

    [Fact]
    public void At_FadeIn_NeverDimsAndIsCompleteWithinHalfASecond()
    {
        var opacities = Samples(2, 2.5).Select(t => TextAnimation.At(Faded, t).Opacity).ToArray();

        Assert.Equal(0, opacities[0]);
        Assert.True(opacities.Zip(opacities.Skip(1)).All(pair => pair.Second >= pair.First), "the fade-in must never dim");
        Assert.Equal(1, opacities[^1]);
        Assert.InRange(TextAnimation.At(Faded, 2.1).Opacity, 0.05f, 0.95f);
    }

    [Fact]
    public void At_FadeOut_NeverBrightensAndEndsNearlyInvisible()
    {
        var opacities = Samples(5.5, 5.999).Select(t => TextAnimation.At(Faded, t).Opacity).ToArray();

        Assert.Equal(1, opacities[0]);
        Assert.True(opacities.Zip(opacities.Skip(1)).All(pair => pair.Second <= pair.First), "the fade-out must never brighten");
        Assert.True(opacities[^1] < 0.01f);
    }

    [Fact]
    public void At_SlideUpIn_RisesFromBelowAndSettlesAtZero()
    {
        var spec = Faded with { In = TextMotion.SlideUp };
        var offsets = Samples(2, 2.5).Select(t => TextAnimation.At(spec, t).OffsetY).ToArray();

        Assert.True(offsets[1] > 0, "it should start below its place");
        Assert.True(offsets.Skip(1).Zip(offsets.Skip(2)).All(pair => pair.Second <= pair.First), "it should only move up");
        Assert.Equal(0, offsets[^1]);
        Assert.Equal(0, TextAnimation.At(spec, 4).OffsetY);
    }

    [Fact]
    public void At_SlideDownIn_ComesFromAbove()
    {
        var spec = Faded with { In = TextMotion.SlideDown };

        Assert.True(TextAnimation.At(spec, 2.05).OffsetY < 0);
        Assert.Equal(0, TextAnimation.At(spec, 2.5).OffsetY);
    }

    [Fact]
    public void At_SlideOut_LeavesInItsDirectionFromRest()
    {
        var up = Faded with { Out = TextMotion.SlideUp };
        var down = Faded with { Out = TextMotion.SlideDown };

        Assert.Equal(0, TextAnimation.At(up, 5.5).OffsetY);
        Assert.True(TextAnimation.At(up, 5.95).OffsetY < 0);
        Assert.True(TextAnimation.At(down, 5.95).OffsetY > 0);
    }

    [Fact]
    public void At_NoMotion_AppearsAndDisappearsAtOnce()
    {
        var spec = Faded with { In = TextMotion.None, Out = TextMotion.None };

        Assert.Equal(TextPose.Rest, TextAnimation.At(spec, 2));
        Assert.Equal(TextPose.Rest, TextAnimation.At(spec, 5.99));
        Assert.Equal(0, TextAnimation.At(spec, 6).Opacity);
    }

    [Fact]
    public void At_ShortLayer_ShortensItsFadesAndStillShowsFully()
    {
        var spec = new TextLayerSpec("Hi", TextRole.Caption, 1, 1.5);

        Assert.Equal(TextPose.Rest, TextAnimation.At(spec, 1.25));
        Assert.True(TextAnimation.At(spec, 1.05).Opacity < 1);
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(3, 2)]
    [InlineData(double.NaN, 4)]
    public void At_ImpossibleTiming_IsInvisible(double start, double end)
    {
        Assert.Equal(TextPose.Hidden, TextAnimation.At(new TextLayerSpec("Hi", TextRole.Caption, start, end), 3));
    }

    private static IEnumerable<double> Samples(double from, double to)
    {
        const int steps = 60;
        return Enumerable.Range(0, steps + 1).Select(i => from + ((to - from) * i / steps));
    }
}
