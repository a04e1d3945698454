using JanitorVideo.Render.Imaging;
using JanitorVideo.Render.Tests.Imaging.Media;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Imaging;

public sealed class DepthProxyTests
{
    private static DepthMap FigureDepth()
    {
        using var picture = TestPictures.Figure(400, 600, Backdrop.Transparent);
        return DepthProxy.Build(new AlphaSubjectEstimator().Estimate(picture));
    }

    [Fact]
    public void Build_SubjectIsNearerThanTheBackgroundBesideIt()
    {
        var depth = FigureDepth();

        Assert.Equal((400, 600), (depth.Width, depth.Height));
        foreach (var y in new[] { 160, 300, 420 })
        {
            Assert.True(depth.At(200, y) > depth.At(20, y) + 0.25f, $"row {y}: {depth.At(200, y)} vs {depth.At(20, y)}");
        }
    }

    [Fact]
    public void Build_BackgroundGetsNearerDownwards()
    {
        var depth = FigureDepth();

        for (var y = 20; y < 600; y += 20)
        {
            Assert.True(depth.At(10, y) > depth.At(10, y - 20), $"row {y}");
            Assert.True(depth.At(390, y) > depth.At(390, y - 20), $"row {y}");
        }
    }

    [Fact]
    public void Build_IsSmoothEverywhereAndWithinRange()
    {
        var depth = FigureDepth();

        var steepest = 0f;
        for (var y = 0; y < depth.Height; y++)
        {
            for (var x = 0; x < depth.Width; x++)
            {
                var d = depth.Depth[(y * depth.Width) + x];
                Assert.InRange(d, 0f, 1f);
                if (x > 0)
                {
                    steepest = Math.Max(steepest, Math.Abs(d - depth.Depth[(y * depth.Width) + x - 1]));
                }
                if (y > 0)
                {
                    steepest = Math.Max(steepest, Math.Abs(d - depth.Depth[((y - 1) * depth.Width) + x]));
                }
            }
        }
        // The subject stands about 0.4 in front of its surroundings; a seam would jump that in one pixel.
        Assert.True(steepest < 0.03f, $"steepest step {steepest}");
    }

    [Fact]
    public void Build_FallbackMask_StillGivesAUsableMap()
    {
        using var flat = new SKBitmap(new SKImageInfo(90, 60, SKColorType.Bgra8888, SKAlphaType.Premul));
        flat.Erase(SKColors.Gray);

        var depth = DepthProxy.Build(new SaliencySubjectEstimator().Estimate(flat));

        Assert.True(depth.At(45, 35) > depth.At(2, 35));
    }
}
