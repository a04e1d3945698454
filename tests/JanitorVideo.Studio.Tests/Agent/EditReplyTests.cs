using JanitorVideo.Core.Drafts;
using JanitorVideo.Studio.Agent;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Studio.Tests.Agent;

public class EditReplyTests
{
    public static TheoryData<string, string, string, string> Scenarios => new()
    {
        { "first-clip", "Fresh", "make it breathe gently with falling petals, 8 seconds, add the title 'The Druid' for the first 3 seconds", "让它轻轻呼吸，加飘落的花瓣，8秒，加标题「德鲁伊」前3秒显示" },
        { "batch-images", "Batch", "make the second image zoom out slowly and the last one rainy", "第二张图慢慢拉远，最后一张下雨" },
        { "look", "Scored", "no more petals, warm colours with film grain", "去掉花瓣，暖色调，加胶片颗粒" },
        { "title-change", "Scored", "change the title to 'Forest Spirit' and move it to the bottom", "把标题改成「森林之灵」，放在底部" },
        { "format-4k", "Placed", "make it 4K for YouTube, 12 seconds", "做成横屏4K，12秒" },
        { "clamped", "Placed", "make it 90 seconds and add music at 400%", "时长两分钟，加背景音乐，音量400%" },
        { "music-switch", "Scored", "switch to epic music at 50%", "换成史诗音乐，音量50%" },
        { "remove-image", "Batch", "remove the second image", "删除第二张图" },
        { "already", "Placed", "vertical", "竖屏" },
        { "question", "Empty", "animate this", "让图片动起来" },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Describe_Scenario_SaysWhatChangedInTheUsersLanguage(string name, string context, string english, string chinese)
    {
        VerifyReply($"reply-{name}-en.txt", AgentContexts.Named(context), english);
        VerifyReply($"reply-{name}-zh.txt", AgentContexts.Named(context), chinese);
    }

    [Theory]
    [InlineData("en", "undo")]
    [InlineData("zh-CN", "撤销")]
    public void Describe_Undo_SaysItWentBackAndWhatChanged(string language, string instruction)
    {
        var plan = InstructionRules.Plan(instruction, AgentContexts.Scored);

        // The caller keeps versions: undoing the scored edit brings back the plain clip.
        var reply = EditReply.Describe(plan, AgentContexts.ScoredDraft, AgentContexts.OneImageDraft, language);

        Golden.Verify($"reply-undo-{(language == "en" ? "en" : "zh")}.txt", $"instruction: {instruction}\nreply: {reply}\n");
    }

    [Fact]
    public void Describe_EveryPlanOfTheTable_SpeaksAboutContentNeverAboutTheEditor()
    {
        var editorWords = new System.Text.RegularExpressions.Regex(@"(?i)\b(?:click|button|panel|drag|menu|tab|timeline editor)\b|点击|按钮|面板|拖|菜单");
        foreach (var instruction in InstructionTable.Cases)
        {
            var context = AgentContexts.Named(instruction.Context);
            var plan = InstructionRules.Plan(instruction.Instruction, context);
            var after = plan.IsQuestion ? context.Draft : DraftEditor.Apply(context.Draft, plan, context.Media);
            var reply = EditReply.Describe(plan, context.Draft, after, InstructionLanguage.Detect(instruction.Instruction));

            Assert.False(string.IsNullOrWhiteSpace(reply), instruction.Key);
            Assert.DoesNotMatch(editorWords, reply);
            Assert.Equal(instruction.IsChinese, reply.Any(c => c is >= '\u4E00' and <= '\u9FFF') && !IsOnlyInQuotes(reply));
        }
    }

    [Fact]
    public void Describe_QuestionPlan_IsTheQuestion()
    {
        var plan = InstructionRules.Plan("animate this", AgentContexts.Empty);

        Assert.Equal(plan.Question, EditReply.Describe(plan, Draft.Empty, Draft.Empty, "en"));
    }

    [Fact]
    public void Describe_ChangeThatChangedNothing_SaysSo()
    {
        var plan = new EditPlan([new AddParticles(0, "petals")], ["add petals"], null);

        var reply = EditReply.Describe(plan, AgentContexts.ScoredDraft, AgentContexts.ScoredDraft, "en");

        Assert.Equal("Nothing needed to change; the clip already looks that way.", reply);
    }

    private static void VerifyReply(string file, EditContext context, string instruction)
    {
        var plan = InstructionRules.Plan(instruction, context);
        var after = plan.IsQuestion ? context.Draft : DraftEditor.Apply(context.Draft, plan, context.Media);
        var reply = EditReply.Describe(plan, context.Draft, after, InstructionLanguage.Detect(instruction));
        var understood = plan.Understood.Count == 0 ? "(nothing)" : string.Join(" | ", plan.Understood);
        Golden.Verify(file, $"instruction: {instruction}\nunderstood: {understood}\nreply: {reply}\n");
    }

    // An English reply may quote a Chinese title the user typed; that is not a Chinese reply.
    private static bool IsOnlyInQuotes(string reply) =>
        System.Text.RegularExpressions.Regex.Replace(reply, "“[^”]*”|「[^」]*」", string.Empty).All(c => c is < '\u4E00' or > '\u9FFF');
}
