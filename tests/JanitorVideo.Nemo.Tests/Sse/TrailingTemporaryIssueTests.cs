using JanitorVideo.Core.Backend;
using JanitorVideo.Nemo.Sse;

namespace JanitorVideo.Nemo.Tests.Sse;

public sealed class TrailingTemporaryIssueTests
{
    private static readonly AgentEvent Beat = new AgentEvent.Heartbeat();

    [Theory]
    [InlineData("I encountered a temporary issue.")]
    [InlineData("Sorry, I encountered a temporary issue. Please try again.")]
    [InlineData("It seems I've run into a temporary problem.")]
    [InlineData("  I encountered a temporary issue  ")]
    [InlineData("抱歉，我遇到了临时问题，请稍后再试。")]
    [InlineData("我遇到了临时问题。")]
    public void Drop_NoticeAfterAnAnswer_IsLeftOut(string notice)
    {
        var events = Drop(Text("已添加背景音乐。"), Beat, Text(notice));

        Assert.Equal(["text: 已添加背景音乐。", "heartbeat"], events);
    }

    [Theory]
    [InlineData("I encountered a temporary issue. Please try again.")]
    [InlineData("我遇到了临时问题，请稍后再试。")]
    public void Drop_NoticeAlone_IsKept(string notice)
    {
        var events = Drop(Beat, Text(notice), Beat);

        Assert.Equal(["heartbeat", $"text: {notice}", "heartbeat"], events);
    }

    [Fact]
    public void Drop_NoticeBeforeTheAnswer_IsKeptInPlace()
    {
        var events = Drop(Text("I encountered a temporary issue."), Text("Retrying… Added the title."));

        Assert.Equal(["text: I encountered a temporary issue.", "text: Retrying… Added the title."], events);
    }

    [Fact]
    public void Drop_NoticeBetweenTwoParts_IsKeptBecauseItDoesNotTrail()
    {
        var events = Drop(Text("Added the title."), Text("I encountered a temporary issue."), Beat, Text("Then I added BGM anyway."));

        Assert.Equal(["text: Added the title.", "heartbeat", "text: I encountered a temporary issue.", "text: Then I added BGM anyway."], events);
    }

    [Fact]
    public void Drop_NoticeAndRetryAdviceInSeparateEvents_BothLeftOut()
    {
        var events = Drop(Text("Added BGM."), Text("Sorry, I encountered a temporary issue."), Text(" Please try again."), Text("\n"));

        Assert.Equal(["text: Added BGM."], events);
    }

    [Theory]
    [InlineData("I encountered a temporary issue. Then I added the title anyway.")]
    [InlineData("Please try again.")]
    [InlineData("The temporary issue with the audio is fixed.")]
    public void Drop_TextThatIsMoreThanTheNotice_IsKept(string text)
    {
        var events = Drop(Text("Added BGM."), Text(text));

        Assert.Equal(["text: Added BGM.", $"text: {text}"], events);
    }

    [Fact]
    public void Drop_AnswerInTwoEvents_KeepsBothAndTheToolEvents()
    {
        var events = Drop(
            new AgentEvent.ToolCall("add_bgm", null), new AgentEvent.ToolResult("add_bgm", null),
            Text("Added lo-fi BGM "), Text("at 35%."), Text("I encountered a temporary issue."));

        Assert.Equal(["tool_call add_bgm: null", "tool_result add_bgm: null", "text: Added lo-fi BGM ", "text: at 35%."], events);
    }

    [Fact]
    public async Task DropAsync_HeldNotice_DoesNotHoldBackHeartbeats()
    {
        var sourceEnded = false;
        var seen = new List<string>();

        await foreach (var item in TrailingTemporaryIssue.DropAsync(Stream([Text("Added the title."), Text("I encountered a temporary issue."), Beat], () => sourceEnded = true)))
        {
            seen.Add(EventTranscript.Line(item));
            if (item is AgentEvent.Heartbeat)
            {
                Assert.False(sourceEnded, "The heartbeat waited for the stream to end.");
            }
        }

        Assert.Equal(["text: Added the title.", "heartbeat"], seen);
    }

    [Fact]
    public async Task DropAsync_RecordedReply_LeavesOutTheClosingNotice()
    {
        var reader = new SseEventReader(new ScriptedStream([.. RecordedReply.Bytes().Chunk(100)]));

        var events = new List<AgentEvent>();
        await foreach (var item in TrailingTemporaryIssue.DropAsync(reader.ReadAsync()))
        {
            events.Add(item);
        }

        Assert.Equal(RecordedReply.Events.SkipLast(1), EventTranscript.Of(events));
    }

    private static AgentEvent.Text Text(string content) => new(content);

    private static IReadOnlyList<string> Drop(params AgentEvent[] events) =>
        EventTranscript.Of(TrailingTemporaryIssue.Drop(events));

    private static async IAsyncEnumerable<AgentEvent> Stream(IEnumerable<AgentEvent> source, Action ended)
    {
        foreach (var item in source)
        {
            await Task.Yield();
            yield return item;
        }

        ended();
    }
}
