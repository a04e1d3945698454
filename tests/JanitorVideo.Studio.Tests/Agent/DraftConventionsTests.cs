using JanitorVideo.Render.Motion;
using JanitorVideo.Studio.Agent;

namespace JanitorVideo.Studio.Tests.Agent;

public class DraftConventionsTests
{
    [Theory]
    [InlineData("9:16", 1080, 1080, 1920)]
    [InlineData("16:9", 1080, 1920, 1080)]
    [InlineData("1:1", 1080, 1080, 1080)]
    [InlineData("9:16", 720, 720, 1280)]
    [InlineData("16:9", 720, 1280, 720)]
    [InlineData("1:1", 720, 720, 720)]
    public void FrameSize_ShapeAndShortSide_AreTheSizesTheRendererOffers(string aspect, int shortSide, int width, int height)
    {
        Assert.Equal((width, height), DraftConventions.FrameSize(aspect, shortSide));
    }

    [Fact]
    public void Motions_AreAutoAndEveryRendererPreset()
    {
        Assert.Equal(["auto", .. MotionPresets.All.Select(preset => preset.Name)], DraftConventions.Motions);
    }

    [Theory]
    [InlineData("bed:lo-fi", "Lo-fi")]
    [InlineData("bed:epic", "Epic")]
    [InlineData("bed:jazz", null)]
    [InlineData("m_ab12cd", null)]
    public void BedName_KnownBedsOnly(string source, string? name)
    {
        Assert.Equal(name, DraftConventions.BedName(source));
    }
}
