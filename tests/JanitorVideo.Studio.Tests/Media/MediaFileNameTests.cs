using JanitorVideo.Core.Media;
using JanitorVideo.Studio.Media;

namespace JanitorVideo.Studio.Tests.Media;

public sealed class MediaFileNameTests
{
    [Theory]
    [InlineData("hero.png", "hero.png")]
    [InlineData("My Character (final).PNG", "My Character (final).PNG")]
    [InlineData("角色.png", "角色.png")]
    public void Sanitise_PlainName_IsKept(string given, string kept)
    {
        Assert.Equal(kept, MediaFileName.Sanitise(given, MediaFormats.Png));
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd.png")]
    [InlineData("..\\..\\Windows\\win.ini", "win.ini")]
    [InlineData("/home/me/hero.png", "hero.png")]
    [InlineData("C:\\Users\\me\\hero.png", "hero.png")]
    public void Sanitise_Path_KeepsOnlyTheBaseName(string given, string kept)
    {
        Assert.Equal(kept, MediaFileName.Sanitise(given, MediaFormats.Png));
    }

    [Theory]
    [InlineData("evil\0name.png", "evilname.png")]
    [InlineData("line\nbreak\r.png", "linebreak.png")]
    [InlineData("\u202Egnp.exe", "gnp.exe")]
    [InlineData("zero\u200Bwidth.png", "zerowidth.png")]
    [InlineData("bell\u0007.png", "bell.png")]
    public void Sanitise_ControlAndInvisibleCharacters_AreRemoved(string given, string kept)
    {
        Assert.Equal(kept, MediaFileName.Sanitise(given, MediaFormats.Png));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("..")]
    [InlineData("../")]
    [InlineData("/")]
    [InlineData("\u0001\u0002")]
    public void Sanitise_NothingUsableLeft_IsUploadWithTheFormatsExtension(string? given)
    {
        Assert.Equal("upload.jpg", MediaFileName.Sanitise(given, MediaFormats.Jpeg));
    }

    [Fact]
    public void Sanitise_NoExtension_GetsTheFormatsExtension()
    {
        Assert.Equal("download.webp", MediaFileName.Sanitise("download", MediaFormats.Webp));
    }

    [Fact]
    public void Sanitise_LeadingDotsAndSpaces_AreTrimmed()
    {
        Assert.Equal("hidden.png", MediaFileName.Sanitise("  ...hidden.png . ", MediaFormats.Png));
    }

    [Fact]
    public void Sanitise_DoubleDotsInside_AreCollapsed()
    {
        Assert.Equal("a.b.png", MediaFileName.Sanitise("a....b.png", MediaFormats.Png));
    }

    [Fact]
    public void Sanitise_AwkwardCharacters_AreReplaced()
    {
        Assert.Equal("a_b_c_d_.png", MediaFileName.Sanitise("a:b*c?d|.png", MediaFormats.Png));
    }

    [Fact]
    public void Sanitise_VeryLongName_IsCutKeepingTheExtension()
    {
        var name = MediaFileName.Sanitise(new string('a', 500) + ".png", MediaFormats.Png);

        Assert.Equal(MediaFileName.MaxLength, name.Length);
        Assert.EndsWith("aaa.png", name, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitise_LongNameOfSurrogatePairs_IsNotCutInsideACharacter()
    {
        var name = MediaFileName.Sanitise(string.Concat(Enumerable.Repeat("😀", 80)) + ".png", MediaFormats.Png);

        Assert.True(name.Length <= MediaFileName.MaxLength);
        Assert.DoesNotContain(System.Text.Rune.ReplacementChar, name.EnumerateRunes());
        Assert.True(char.IsLowSurrogate(name[^5]));
    }
}
