using JanitorVideo.Core.Routing;

namespace JanitorVideo.Core.Tests.Routing;

public sealed class IntentRouterTests
{
    public static TheoryData<string, SkillAction> Phrases => RoutingPhrases.All;

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Route_Phrase_ReturnsExpectedAction(string words, SkillAction expected)
    {
        Assert.Equal(expected, IntentRouter.Route(words).Action);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    [InlineData(null)]
    public void Route_EmptyOrWhitespace_ReturnsMessageWithEmptyRule(string? words)
    {
        Assert.Equal(new RoutedIntent(SkillAction.Message, IntentRouter.EmptyRule), IntentRouter.Route(words!));
    }

    [Fact]
    public void Route_HugeInput_RoutesOnItsStart()
    {
        Assert.Equal(SkillAction.Export, IntentRouter.Route("export it " + new string('a', 200_000)).Action);
        Assert.Equal(SkillAction.Message, IntentRouter.Route(new string('a', IntentRouter.MaxRoutedLength) + " export it").Action);
    }

    [Theory]
    [InlineData("export the title in red")]
    [InlineData("make the balance of colours warmer")]
    [InlineData("add lo-fi BGM at 35%")]
    public void Route_EditOrLookAlike_ReturnsDefaultRule(string words)
    {
        Assert.Equal(new RoutedIntent(SkillAction.Message, IntentRouter.DefaultRule), IntentRouter.Route(words));
    }

    [Theory]
    [InlineData("render it", "render-verb")]
    [InlineData("send me the mp4", "send-me-the-video")]
    [InlineData("save it as mp4", "save-as-file")]
    [InlineData("what's my balance", "balance-word")]
    [InlineData("时间线", "bare-timeline")]
    [InlineData("显示轨道", "show-timeline")]
    public void Route_Phrase_ReportsDecidingRule(string words, string rule)
    {
        Assert.Equal(rule, IntentRouter.Route(words).Rule);
    }

    [Fact]
    public void Route_TwoCommands_EarliestMentionWins()
    {
        Assert.Equal(SkillAction.Export, IntentRouter.Route("download it and tell me my credits").Action);
        Assert.Equal(SkillAction.Credits, IntentRouter.Route("my credits? then download it").Action);
    }

    [Fact]
    public void RoutingTable_EveryRow_IsExercisedByThePhraseTable()
    {
        var decided = RoutingPhrases.All
            .Select(row => IntentRouter.Route((string)row[0]).Rule)
            .ToHashSet(StringComparer.Ordinal);

        var dead = RoutingTable.Rules.Select(rule => rule.Name).Where(name => !decided.Contains(name)).ToList();

        Assert.True(dead.Count == 0, $"Rows no phrase reaches: {string.Join(", ", dead)}");
    }

    [Fact]
    public void RoutingTable_RowNames_AreUniqueAndNotReserved()
    {
        var names = RoutingTable.Rules.Select(rule => rule.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(IntentRouter.DefaultRule, names);
        Assert.DoesNotContain(IntentRouter.EmptyRule, names);
    }

    [Fact]
    public void RoutingPhrases_Table_IsLargeAndBilingual()
    {
        var phrases = RoutingPhrases.All.Select(row => (string)row[0]).ToList();

        Assert.True(phrases.Count >= 70, $"{phrases.Count} phrases");
        Assert.True(phrases.Count(p => p.Any(c => c is >= '\u4e00' and <= '\u9fff')) >= 20);
        Assert.All(Enum.GetValues<SkillAction>(),
            action => Assert.Contains(RoutingPhrases.All, row => (SkillAction)row[1] == action));
    }
}
