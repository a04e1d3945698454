using JanitorVideo.Render.Text;

namespace JanitorVideo.Render.Tests.Text;

public class TextWrapperTests
{
    // Every character 10 wide, spaces 5: widths a reader can check by counting.
    private static float Measure(string element) => element == " " ? 5 : 10;

    private static IReadOnlyList<string> Wrap(string text, float width, int maxLines = 10) =>
        TextWrapper.Wrap(text, Measure, width, maxLines);

    [Fact]
    public void Wrap_LatinWords_BreaksAtSpacesOnly()
    {
        Assert.Equal(["the quick", "brown fox", "jumps"], Wrap("the quick brown fox jumps", 100));
    }

    [Fact]
    public void Wrap_TextThatFits_StaysOnOneLine()
    {
        Assert.Equal(["Hello world"], Wrap("Hello world", 500));
    }

    [Fact]
    public void Wrap_SingleOverLongWord_IsCutBetweenCharacters()
    {
        Assert.Equal(["a", "abcdefghij", "klmnop z"], Wrap("a abcdefghijklmnop z", 100));
    }

    [Fact]
    public void Wrap_NoLineStartsOrEndsWithASpace()
    {
        var lines = Wrap("  lots   of    spaces   between     these   words  ", 60);

        Assert.All(lines, line => Assert.Equal(line.Trim(), line));
        Assert.DoesNotContain(lines, line => line.Length == 0);
    }

    [Fact]
    public void Wrap_Chinese_BreaksBetweenAnyTwoCharacters()
    {
        Assert.Equal(["我喜欢在", "晚上看星", "星"], Wrap("我喜欢在晚上看星星", 40));
    }

    [Theory]
    [InlineData("你好世界。再见", "你好世", "界。再见")]
    [InlineData("你好世界，再见", "你好世", "界，再见")]
    [InlineData("你好世界！再见", "你好世", "界！再见")]
    [InlineData("你好世界？再见", "你好世", "界？再见")]
    [InlineData("「你好世」再见", "「你好", "世」再见")]
    public void Wrap_ClosingPunctuation_NeverStartsALine(string text, string first, string second)
    {
        Assert.Equal([first, second], Wrap(text, 40));
    }

    [Fact]
    public void Wrap_OpeningPunctuation_NeverEndsALine()
    {
        var lines = Wrap("我说「你好」他说《再见》", 30);

        Assert.DoesNotContain(lines, line => line.EndsWith('「') || line.EndsWith('《'));
        Assert.DoesNotContain(lines, line => line.StartsWith('」') || line.StartsWith('》'));
        Assert.Equal("我说「你好」他说《再见》", string.Concat(lines));
    }

    [Fact]
    public void Wrap_LatinWordInChinese_IsKeptWholeAndBreaksAtTheScriptBoundary()
    {
        Assert.Equal(["我爱", "Java编", "程"], Wrap("我爱Java编程", 50));
    }

    [Fact]
    public void Wrap_MixedScriptsWithSpaces_BreaksAtTheSpace()
    {
        Assert.Equal(["The Druid", "德鲁伊"], Wrap("The Druid 德鲁伊", 95));
    }

    [Fact]
    public void Wrap_ExplicitNewlines_AreHonoured()
    {
        Assert.Equal(["Hello", "World", "", "again"], Wrap("Hello\nWorld\r\n\nagain", 500));
    }

    [Fact]
    public void Wrap_TooManyLines_CutsTheRestWithAnEllipsisThatFits()
    {
        var lines = TextWrapper.Wrap("one two three four five six seven eight nine ten", Measure, 100, 3);

        Assert.Equal(3, lines.Count);
        Assert.Equal(["one two", "three four", "five six…"], lines);
        Assert.All(lines, line => Assert.True(Width(line) <= 100, $"'{line}' is {Width(line)} wide"));
    }

    [Fact]
    public void Wrap_FullLastLine_MakesRoomForTheEllipsis()
    {
        var lines = TextWrapper.Wrap("我喜欢在晚上看星星和月亮", Measure, 40, 2);

        Assert.Equal(["我喜欢在", "晚上看…"], lines);
    }

    [Fact]
    public void Wrap_ExtraParagraphsBeyondTheCap_AreCutWithAnEllipsis()
    {
        Assert.Equal(["a", "b", "c…"], TextWrapper.Wrap("a\nb\nc\nd\ne", Measure, 100, 3));
    }

    [Fact]
    public void Wrap_TenThousandCharacters_MeasuresOnlyWhatItKeeps()
    {
        var text = string.Concat(Enumerable.Repeat("lorem ipsum ", 834))[..10_000];
        var measured = 0;

        var lines = TextWrapper.Wrap(text, element => { measured++; return Measure(element); }, 200, 4);

        Assert.Equal(4, lines.Count);
        Assert.EndsWith("…", lines[^1], StringComparison.Ordinal);
        Assert.InRange(measured, 1, 500);
    }

    [Fact]
    public void Wrap_CharactersOutsideTheBasicPlane_AreNeverSplit()
    {
        Assert.Equal(["𠀀𠀁", "𠀂"], Wrap("𠀀𠀁𠀂", 20));
    }

    [Fact]
    public void Wrap_TinyWidth_StillPlacesOneCharacterPerLine()
    {
        Assert.Equal(["a", "b", "c"], Wrap("abc", 1));
    }

    private static float Width(string line) =>
        line.Sum(c => Measure(c.ToString()));
}
