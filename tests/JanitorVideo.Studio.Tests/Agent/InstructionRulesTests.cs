using JanitorVideo.Core.Drafts;
using JanitorVideo.Studio.Agent;

namespace JanitorVideo.Studio.Tests.Agent;

public class InstructionRulesTests
{
    public static TheoryData<string> Keys => [.. InstructionTable.Cases.Select(instruction => instruction.Key)];

    [Theory]
    [MemberData(nameof(Keys))]
    public void Plan_Instruction_GivesTheStepsTheUserAskedFor(string key)
    {
        var expected = InstructionTable.Cases.Single(instruction => instruction.Key == key);
        var plan = InstructionRules.Plan(expected.Instruction, AgentContexts.Named(expected.Context));

        Assert.Equal(expected.Steps, plan.Steps);
        if (expected.Asks is { } question)
        {
            Assert.Empty(plan.Understood);
            Assert.Contains(question, plan.Question, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(plan.Question);
            Assert.Equal(plan.Steps.Count, plan.Understood.Count);
        }
    }

    [Fact]
    public void Table_CoversBothLanguages_AtLeast100InstructionsOfWhich30Chinese()
    {
        Assert.True(InstructionTable.Cases.Count >= 100, $"{InstructionTable.Cases.Count} instructions");
        Assert.True(InstructionTable.Cases.Count(instruction => instruction.IsChinese) >= 30);
        Assert.Equal(InstructionTable.Cases.Count, InstructionTable.Cases.Select(instruction => instruction.Key).Distinct().Count());
    }

    [Fact]
    public void Table_ExercisesEveryRuleRow()
    {
        var exercised = InstructionTable.Cases
            .SelectMany(instruction => InstructionRules.MatchedRules(instruction.Instruction, AgentContexts.Named(instruction.Context)))
            .ToHashSet();

        var unexercised = InstructionRules.RuleNames.Where(name => !exercised.Contains(name)).ToList();
        Assert.True(unexercised.Count == 0, "Rules no instruction exercises: " + string.Join(", ", unexercised));
    }

    [Fact]
    public void RuleNames_AreUnique()
    {
        Assert.Equal(InstructionRules.RuleNames.Count, InstructionRules.RuleNames.Distinct().Count());
    }

    [Fact]
    public void Plan_EveryPlanOfTheTable_IsAcceptedByTheStrictJsonReader()
    {
        foreach (var instruction in InstructionTable.Cases)
        {
            var plan = InstructionRules.Plan(instruction.Instruction, AgentContexts.Named(instruction.Context));

            Assert.True(EditPlanJson.TryParse(EditPlanJson.ToJson(plan), out var read, out var error), $"{instruction.Key}: {error}");
            Assert.Equal(plan.Steps, read.Steps);
            Assert.Equal(plan.Understood, read.Understood);
            Assert.Equal(plan.Question, read.Question);
        }
    }

    [Theory]
    [InlineData("add a caption 'x' from 4s to 2s")]
    [InlineData("add a caption 'x' from 50 to 70 seconds")]
    [InlineData("title: ")]
    [InlineData("make the title appear at 0 seconds")]
    [InlineData("remove the fifth image and the music")]
    [InlineData("字幕从8秒到8秒")]
    public void Plan_OddWords_StillGiveAPlanTheStrictReaderAccepts(string instruction)
    {
        var plan = InstructionRules.Plan(instruction, AgentContexts.Scored);

        Assert.True(EditPlanJson.TryParse(EditPlanJson.ToJson(plan), out _, out var error), error);
    }

    [Fact]
    public void Plan_LongQuotedText_IsCutToWhatTheJsonAccepts()
    {
        var plan = InstructionRules.Plan($"add a caption '{new string('a', 900)}'", AgentContexts.Placed);

        Assert.Equal(500, Assert.IsType<AddText>(Assert.Single(plan.Steps)).Text.Length);
    }

    [Fact]
    public void Plan_TimesOutOfOrder_AreReadInOrder()
    {
        var plan = InstructionRules.Plan("add a caption 'x' from 4s to 2s", AgentContexts.Placed);

        Assert.Equal([new AddText("x", "caption", 2, 4, null)], plan.Steps);
    }

    [Fact]
    public void Plan_QuotedWords_NeverTriggerEdits()
    {
        var plan = InstructionRules.Plan("add the title \"Zoom out into the snow, then rain\"", AgentContexts.Placed);

        Assert.Equal([new AddText("Zoom out into the snow, then rain", "title", null, null, null)], plan.Steps);
    }

    [Fact]
    public void Plan_ChineseInstruction_UnderstoodAndQuestionsInChinese()
    {
        var plan = InstructionRules.Plan("第一张图加雪花", AgentContexts.Batch);

        Assert.Equal(["第1张图：加雪花"], plan.Understood);
    }

    [Fact]
    public void Plan_FourK_UnderstoodSaysPlainlyWhatIsUsedInstead()
    {
        var plan = InstructionRules.Plan("export-quality 4K please", AgentContexts.Placed);

        Assert.Contains("4K isn't available here; using 1080p, the largest.", plan.Understood);
    }

    [Fact]
    public void Plan_VeryLongInstruction_ReadsOnlyItsStart()
    {
        var plan = InstructionRules.Plan("add snow " + new string('x', 5000) + " add rain", AgentContexts.Placed);

        Assert.Equal([new AddParticles(null, "snow")], plan.Steps);
    }

    [Fact]
    public void Plan_NothingUnderstoodWithImages_AsksOneQuestionListingWhatItCanDo()
    {
        var plan = InstructionRules.Plan("make it better", new EditContext(Draft.Empty, [AgentContexts.Druid]));

        Assert.Empty(plan.Steps);
        Assert.True(plan.IsQuestion);
        Assert.Contains("length", plan.Question, StringComparison.Ordinal);
        Assert.Contains("music", plan.Question, StringComparison.Ordinal);
        Assert.Contains("titles", plan.Question, StringComparison.Ordinal);
        Assert.Contains("9:16", plan.Question, StringComparison.Ordinal);
    }
}
