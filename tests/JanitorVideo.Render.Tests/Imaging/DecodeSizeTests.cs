using JanitorVideo.Render.Imaging;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Imaging;

public sealed class DecodeSizeTests
{
    [Theory]
    [InlineData(6000, 4000, 1, 2600, 1733)]
    [InlineData(4000, 6000, 1, 1733, 2600)]
    [InlineData(1920, 1080, 1, 1920, 1080)]
    [InlineData(2600, 2600, 1, 2600, 2600)]
    // 500 frames of 1000x1000 would take 2 GB: scaled to fit 400 MB.
    [InlineData(1000, 1000, 500, 447, 447)]
    public void For_KeepsLongSideAndMemoryWithinLimits(int width, int height, int frames, int expectedWidth, int expectedHeight)
    {
        var size = DecodeSize.For(width, height, frames, new DecodeLimits());

        Assert.Equal(new SKSizeI(expectedWidth, expectedHeight), size);
        Assert.True(4L * size.Width * size.Height * frames <= 400_000_000);
    }
}
