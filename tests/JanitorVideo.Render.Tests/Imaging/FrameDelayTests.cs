using JanitorVideo.Render.Imaging;

namespace JanitorVideo.Render.Tests.Imaging;

public sealed class FrameDelayTests
{
    [Theory]
    [InlineData(0, 100)]
    [InlineData(10, 100)]
    [InlineData(20, 20)]
    [InlineData(70, 70)]
    public void FrameDelay_ZeroOrTiny_ReadsAsBrowsersDo(int stored, int shownMilliseconds)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(shownMilliseconds), FrameDelay.FromStored(stored));
    }
}
