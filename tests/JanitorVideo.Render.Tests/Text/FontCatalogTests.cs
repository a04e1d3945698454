using JanitorVideo.Render.Text;
using JanitorVideo.TestSupport;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Text;

public class FontCatalogTests
{
    private const string NotoCjk = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
    private const string DejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private const string DejaVuBold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    [Fact]
    public void Load_FindsTheLatinAndTheCjkFamily()
    {
        var names = FontCatalog.Load().FamilyNames;

        Assert.Equal("DejaVu Sans", names[0]);
        Assert.Contains("Noto Sans CJK SC", names);
    }

    [Fact]
    public void ForCodepoint_TakesLatinFromDejaVuAndHanFromNoto()
    {
        var fonts = FontCatalog.Load();

        Assert.Equal("DejaVu Sans", fonts.ForCodepoint('A', bold: false).FamilyName);
        Assert.Equal("Noto Sans CJK SC", fonts.ForCodepoint('德', bold: false).FamilyName);
        Assert.Equal("Noto Sans CJK SC", fonts.ForCodepoint('。', bold: false).FamilyName);
    }

    [Fact]
    public void ForCodepoint_Bold_GivesTheRealBoldFaces()
    {
        var fonts = FontCatalog.Load();

        Assert.True(fonts.ForCodepoint('A', bold: true).FontWeight >= 600);
        Assert.True(fonts.ForCodepoint('德', bold: true).FontWeight >= 600);
        Assert.True(fonts.ForCodepoint('A', bold: false).FontWeight < 600);
    }

    [Fact]
    public void ForCodepoint_EmojiNoFontHas_AnswersWithoutCrashing()
    {
        var fonts = FontCatalog.Load();

        Assert.False(fonts.HasGlyph(0x1F389));
        Assert.NotNull(fonts.ForCodepoint(0x1F389, bold: true));
    }

    [Fact]
    public void FromFiles_Collection_UsesItsSimplifiedChineseFace()
    {
        var fonts = FontCatalog.FromFiles([NotoCjk]);

        Assert.Equal(["Noto Sans CJK SC"], fonts.FamilyNames);
    }

    [Fact]
    public void FromFiles_RegularAndBoldOfAFamily_PairUp()
    {
        var fonts = FontCatalog.FromFiles([DejaVuBold, DejaVu]);

        Assert.Equal(["DejaVu Sans"], fonts.FamilyNames);
        Assert.True(fonts.ForCodepoint('A', bold: true).FontWeight >= 600);
        Assert.True(fonts.ForCodepoint('A', bold: false).FontWeight < 600);
    }

    [Fact]
    public void FromFiles_RandomBytes_ThrowsNamingTheFile()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("broken-font.ttf");
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<RenderInputException>(() => FontCatalog.FromFiles([DejaVu, path]));

        Assert.Contains("broken-font.ttf", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a usable font", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFiles_MissingFile_ThrowsNamingIt()
    {
        var error = Assert.Throws<RenderInputException>(() => FontCatalog.FromFiles(["/nowhere/Missing-Font.otf"]));

        Assert.Contains("Missing-Font.otf", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFiles_NoFiles_Throws()
    {
        Assert.Throws<RenderInputException>(() => FontCatalog.FromFiles([]));
    }

    [Fact]
    public void Load_WhenNoFontIsInstalled_ExplainsWhatToInstall()
    {
        using var empty = new TempFolder();

        var error = Assert.Throws<RenderInputException>(() => FontCatalog.Load([empty.Path], askFontManager: false));

        Assert.Contains("fonts-noto-cjk", error.Message, StringComparison.Ordinal);
        Assert.Contains("DejaVu Sans", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WithOnlyTheLatinFontPresent_StillWorks()
    {
        using var folder = new TempFolder();
        File.Copy(DejaVu, folder.Combine("DejaVuSans.ttf"));

        var fonts = FontCatalog.Load([folder.Path], askFontManager: false);

        Assert.Equal(["DejaVu Sans"], fonts.FamilyNames);
        Assert.False(fonts.HasGlyph('德'));
    }

    [Fact]
    public void ForCodepoint_GlyphsReallyExistInTheChosenFace()
    {
        var fonts = FontCatalog.Load();

        foreach (var rune in "Hello 你好世界「」。ñ€".EnumerateRunes())
        {
            using var font = new SKFont(fonts.ForCodepoint(rune.Value, bold: false));
            Assert.True(font.ContainsGlyph(rune.Value), $"U+{rune.Value:X4} is missing from {font.Typeface.FamilyName}");
        }
    }
}
