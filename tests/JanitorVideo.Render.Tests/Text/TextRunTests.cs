using JanitorVideo.Render.Text;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Text;

public class TextRunTests
{
    private static readonly FontCatalog Fonts = FontCatalog.Load();

    [Fact]
    public void Split_MixedScripts_UsesTwoTypefaces()
    {
        var runs = TextRun.Split("The Druid 德鲁伊", Fonts, bold: true);

        Assert.Equal(2, runs.Select(run => run.Typeface).Distinct().Count());
        Assert.Equal(["DejaVu Sans", "Noto Sans CJK SC"], runs.Select(run => run.Typeface.FamilyName));
        Assert.Equal("The Druid 德鲁伊", string.Concat(runs.Select(run => run.Text)));
    }

    [Fact]
    public void Split_EveryRun_HasAllItsGlyphsInItsTypeface()
    {
        foreach (var run in TextRun.Split("Hello 你好，世界！«ñ» 東京タワー 서울", Fonts, bold: false))
        {
            using var font = new SKFont(run.Typeface);
            Assert.True(font.ContainsGlyphs(run.Text), $"'{run.Text}' would show boxes in {run.Typeface.FamilyName}");
        }
    }

    [Fact]
    public void Split_CharactersNoFontHas_AreLeftOut()
    {
        var runs = TextRun.Split("Hi 🎉!", Fonts, bold: false);

        Assert.Equal("Hi !", string.Concat(runs.Select(run => run.Text)));
    }
}
