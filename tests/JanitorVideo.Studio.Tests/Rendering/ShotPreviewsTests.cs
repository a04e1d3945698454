using JanitorVideo.Studio.Rendering;

namespace JanitorVideo.Studio.Tests.Rendering;

public class ShotPreviewsTests
{
    [Theory]
    [InlineData(2, new[] { 0, 1 })]
    [InlineData(4, new[] { 0, 1, 2, 3 })]
    [InlineData(5, new[] { 0, 1, 3, 4 })]
    [InlineData(10, new[] { 0, 3, 6, 9 })]
    public void Tiles_ManyShots_FourSpreadFromFirstToLast(int shots, int[] tiles)
    {
        Assert.Equal(tiles, ShotPreviews.Tiles(shots));
    }
}
