using JanitorVideo.Render.Audio;

namespace JanitorVideo.Render.Tests.Audio;

public sealed class MusicSpecTests
{
    [Fact]
    public void Validate_FileOrBed_Accepted()
    {
        MusicSpec.FromFile("song.mp3").Validate();
        MusicSpec.FromBed(MusicBed.Cute).Validate();
    }

    [Fact]
    public void Validate_Both_Refused() =>
        Assert.Contains("not both", Assert.Throws<RenderInputException>(() => new MusicSpec("song.mp3", MusicBed.Epic).Validate()).Message, StringComparison.Ordinal);

    [Fact]
    public void Validate_Neither_RefusedWithTheChoices() =>
        Assert.Contains("lo-fi", Assert.Throws<RenderInputException>(() => new MusicSpec(null, null).Validate()).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(-0.1, 1, 1, 0)]
    [InlineData(5, 1, 1, 0)]
    [InlineData(double.NaN, 1, 1, 0)]
    [InlineData(0.35, -1, 1, 0)]
    [InlineData(0.35, 1, 31, 0)]
    [InlineData(0.35, 1, 1, -2)]
    public void Validate_OutOfRange_RefusedWithTheValue(double volume, double fadeIn, double fadeOut, double trim)
    {
        var spec = new MusicSpec(null, MusicBed.LoFi, volume, fadeIn, fadeOut, trim);

        Assert.Throws<RenderInputException>(spec.Validate);
    }
}
