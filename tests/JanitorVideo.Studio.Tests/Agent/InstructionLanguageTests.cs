using JanitorVideo.Studio.Agent;

namespace JanitorVideo.Studio.Tests.Agent;

public class InstructionLanguageTests
{
    [Theory]
    [InlineData("make it snow", "en")]
    [InlineData("加雪花", "zh-CN")]
    [InlineData("add the title 「德鲁伊」", "en")]
    [InlineData("加标题「The Druid」", "zh-CN")]
    [InlineData("", "en")]
    public void Detect_ChineseOutsideQuotes_MeansAChineseAnswer(string instruction, string language)
    {
        Assert.Equal(language, InstructionLanguage.Detect(instruction));
    }
}
