using JanitorVideo.Core.Drafts;
using JanitorVideo.Render.Planning;
using JanitorVideo.Studio.Agent;
using JanitorVideo.Studio.Rendering;

namespace JanitorVideo.Studio.Tests.Agent;

/// <summary>
/// Words about pixel art, in English and Chinese, all the way through: the plan's step, the draft's
/// <c>fx.pixelArt</c>, the render plan's mode, and what the reply says.
/// </summary>
public class PixelArtWordsTests
{
    private static (Draft Draft, PixelArtMode Mode, string Reply) Edit(Draft before, string instruction)
    {
        var context = new EditContext(before, [AgentContexts.Druid]);
        var plan = InstructionRules.Plan(instruction, context);
        Assert.Null(plan.Question);
        var after = DraftEditor.Apply(before, plan, context.Media);
        var render = DraftPlanner.Plan(after, id => id == "m_druid" ? "/media/druid.png" : null, "standard");
        var reply = EditReply.Describe(plan, before, after, InstructionLanguage.Detect(instruction));
        return (after, render.Shots[0].Plan.PixelArt, reply);
    }

    private static bool? Flag(Draft draft) =>
        DraftValues.Flag(draft.Tracks.First(track => track.Kind == TrackKind.Video).Segments[0].GetEffects()!, DraftConventions.PixelArtKey);

    [Theory]
    [InlineData("pixel art style, gentle breathing", "kept the pixels crisp (pixel art)")]
    [InlineData("keep the pixels crisp", "kept the pixels crisp (pixel art)")]
    [InlineData("sharp pixels please", "kept the pixels crisp (pixel art)")]
    [InlineData("make it look 16-bit", "kept the pixels crisp (pixel art)")]
    [InlineData("像素风，轻轻呼吸", "保持像素清晰（像素风）")]
    [InlineData("做成像素画", "保持像素清晰（像素风）")]
    [InlineData("像素艺术风格", "保持像素清晰（像素风）")]
    public void Words_AskingForPixelArt_TurnItOnInTheDraftAndThePlan_AndTheReplySaysSo(string instruction, string said)
    {
        var (draft, mode, reply) = Edit(AgentContexts.OneImageDraft, instruction);

        Assert.True(Flag(draft));
        Assert.Equal(PixelArtMode.On, mode);
        Assert.Contains(said, reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no pixel art", "smooth scaling (not pixel art)")]
    [InlineData("make it smooth", "smooth scaling (not pixel art)")]
    [InlineData("不要像素风", "平滑缩放（不按像素风处理）")]
    public void Words_AgainstPixelArt_TurnItOffAfterItWasOn_AndTheReplySaysSo(string instruction, string said)
    {
        var on = Edit(AgentContexts.OneImageDraft, "pixel art").Draft;

        var (draft, mode, reply) = Edit(on, instruction);

        Assert.False(Flag(draft));
        Assert.Equal(PixelArtMode.Off, mode);
        Assert.Contains(said, reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zoom in slowly with snow")]
    [InlineData("a smooth pan to the left")]
    [InlineData("推近，加雪花")]
    public void Words_NotAboutPixels_LeaveItToTheRenderer(string instruction)
    {
        var (draft, mode, reply) = Edit(AgentContexts.OneImageDraft, instruction);

        Assert.Null(Flag(draft));
        Assert.Equal(PixelArtMode.Auto, mode);
        Assert.DoesNotContain("pixel", reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("像素", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_PixelArtKept_IsSaidAgainWithTheNextChange()
    {
        var on = Edit(AgentContexts.OneImageDraft, "pixel art").Draft;

        var (draft, mode, reply) = Edit(on, "add snow");

        Assert.True(Flag(draft));
        Assert.Equal(PixelArtMode.On, mode);
        Assert.Contains("kept the pixels crisp (pixel art)", reply, StringComparison.Ordinal);
    }
}
