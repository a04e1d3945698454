using JanitorVideo.Render.Imaging;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Imaging;

public sealed class AreaDownsamplerTests
{
    [Fact]
    public void Shrink_Halving_AveragesEachTwoByTwoBlock()
    {
        using var source = new SKBitmap(new SKImageInfo(4, 2, SKColorType.Bgra8888, SKAlphaType.Premul));
        source.Erase(new SKColor(0, 0, 0));
        source.SetPixel(0, 0, new SKColor(200, 100, 40));
        source.SetPixel(3, 1, new SKColor(40, 80, 120));

        using var result = AreaDownsampler.Shrink(source, 2, 1);

        Assert.Equal(new SKColor(50, 25, 10), result.GetPixel(0, 0));
        Assert.Equal(new SKColor(10, 20, 30), result.GetPixel(1, 0));
    }

    [Fact]
    public void Shrink_ThreeToTwo_SplitsTheMiddlePixelBetweenBothOutputs()
    {
        using var source = new SKBitmap(new SKImageInfo(3, 1, SKColorType.Bgra8888, SKAlphaType.Premul));
        source.SetPixel(0, 0, new SKColor(0, 0, 0));
        source.SetPixel(1, 0, new SKColor(255, 255, 255));
        source.SetPixel(2, 0, new SKColor(0, 0, 0));

        using var result = AreaDownsampler.Shrink(source, 2, 1);

        // Each output covers one and a half inputs: a third of it is the white middle pixel.
        Assert.Equal(85, result.GetPixel(0, 0).Red);
        Assert.Equal(85, result.GetPixel(1, 0).Red);
        Assert.Equal(255, result.GetPixel(1, 0).Alpha);
    }

    [Fact]
    public void Shrink_KeepsPremultipliedTransparencyConsistent()
    {
        using var source = new SKBitmap(new SKImageInfo(2, 1, SKColorType.Bgra8888, SKAlphaType.Premul));
        source.Erase(SKColors.Transparent);
        source.SetPixel(0, 0, SKColors.Red);

        using var result = AreaDownsampler.Shrink(source, 1, 1);

        var pixel = result.GetPixel(0, 0);
        Assert.InRange(pixel.Alpha, 127, 128);
        Assert.Equal(255, pixel.Red);
    }
}
