using System.Text;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Errors;
using JanitorVideo.Nemo.Sse;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Nemo.Tests.Sse;

public sealed class SseEventReaderTests
{
    [Fact]
    public async Task ReadAsync_RecordedReply_YieldsEveryEventInOrder()
    {
        var reader = new SseEventReader(new ScriptedStream([RecordedReply.Bytes()]));

        var events = await ReadAllAsync(reader);

        Assert.Equal(RecordedReply.Events, EventTranscript.Of(events));
        Assert.Equal(SseStreamEnding.BetweenEvents, reader.Ending);
    }

    [Fact]
    public async Task ReadAsync_RecordedReplySplitInTwoAtEveryByte_YieldsTheSameEvents()
    {
        var bytes = RecordedReply.Bytes();
        for (var split = 0; split <= bytes.Length; split++)
        {
            var chunks = new[] { bytes[..split], bytes[split..] }.Where(chunk => chunk.Length > 0).ToList();
            var reader = new SseEventReader(new ScriptedStream(chunks));

            var events = await ReadAllAsync(reader);

            Assert.True(RecordedReply.Events.SequenceEqual(EventTranscript.Of(events)), $"Split at byte {split} read differently.");
            Assert.Equal(SseStreamEnding.BetweenEvents, reader.Ending);
        }
    }

    [Fact]
    public async Task ReadAsync_RecordedReplyOneByteAtATime_YieldsTheSameEvents()
    {
        var chunks = RecordedReply.Bytes("\r\n").Select(b => new[] { b }).ToList();
        var reader = new SseEventReader(new ScriptedStream(chunks));

        var events = await ReadAllAsync(reader);

        Assert.Equal(RecordedReply.Events, EventTranscript.Of(events));
        Assert.Equal(SseStreamEnding.BetweenEvents, reader.Ending);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public async Task ReadAsync_OtherLineEnds_YieldTheSameEvents(string lineEnd)
    {
        var reader = new SseEventReader(new ScriptedStream([RecordedReply.Bytes(lineEnd)]));

        Assert.Equal(RecordedReply.Events, EventTranscript.Of(await ReadAllAsync(reader)));
        Assert.Equal(SseStreamEnding.BetweenEvents, reader.Ending);
    }

    [Fact]
    public async Task ReadAsync_CrlfLfAndCrMixedInOneStream_YieldsTheSameEvents()
    {
        var bytes = RecordedReply.Bytes(["\r\n", "\n", "\n", "\r\n", "\r", "\r\n", "\n"]);
        var chunks = bytes.Chunk(7).ToList();
        var reader = new SseEventReader(new ScriptedStream(chunks));

        Assert.Equal(RecordedReply.Events, EventTranscript.Of(await ReadAllAsync(reader)));
        Assert.Equal(SseStreamEnding.BetweenEvents, reader.Ending);
    }

    [Fact]
    public async Task ReadAsync_ThreeMegabyteText_ComesThroughWhole()
    {
        const string Sentence = "Sparkles drift past the character 樱花 ✨, frame after frame. ";
        var content = string.Concat(Enumerable.Repeat(Sentence, (3 * 1024 * 1024 / Encoding.UTF8.GetByteCount(Sentence)) + 1));
        var body = Encoding.UTF8.GetBytes($$"""data: {"type":"heartbeat"}{{"\n\n"}}data: {"type":"text","content":"{{content}}"}{{"\n\n"}}""");
        var reader = new SseEventReader(new ScriptedStream([.. body.Chunk(64 * 1024)]));

        var events = await ReadAllAsync(reader);

        Assert.Equal(2, events.Count);
        var text = Assert.IsType<AgentEvent.Text>(events[1]);
        Assert.True(text.Content.Length == content.Length && text.Content == content, $"The text came through as {text.Content.Length} characters of {content.Length}.");
    }

    [Fact]
    public async Task ReadAsync_CommentsAndEmptyData_CommentsAreSilentAndEmptyDataIsStillWorking()
    {
        var reader = new SseEventReader(Body(
            ": connected\n\n" +
            ": ping\n" +
            "data:\n\n" +
            "data: \n\n" +
            ": keep-alive\n" +
            "data: {\"type\":\"text\",\"content\":\"Done.\"}\n" +
            ": a comment inside an event\n\n" +
            ": bye\n"));

        var events = await ReadAllAsync(reader);

        Assert.Equal(["heartbeat", "heartbeat", "text: Done."], EventTranscript.Of(events));
        Assert.Equal(SseStreamEnding.BetweenEvents, reader.Ending);
    }

    [Fact]
    public async Task ReadAsync_DataOverSeveralLines_IsJoinedIntoOneEvent()
    {
        var reader = new SseEventReader(Body(
            "data: {\"type\":\"text\",\n" +
            "data:  \"content\":\"Line one.\\nLine two.\"}\n\n"));

        var events = await ReadAllAsync(reader);

        Assert.Equal(["text: Line one.\nLine two."], EventTranscript.Of(events));
    }

    [Theory]
    [InlineData("data: {\"type\":\"text\",\"content\":\"Still there?\"}\n\ndata: {\"type\":\"text\",\"conte")]
    [InlineData("data: {\"type\":\"text\",\"content\":\"Still there?\"}\n\ndata: {\"type\":\"text\",\"content\":\"Half a reply\"}\n")]
    [InlineData("data: {\"type\":\"text\",\"content\":\"Still there?\"}\r\n\r\ndata: {\"type\":\"text\",\"content\":\"Half a reply\"}\r")]
    [InlineData("data: {\"type\":\"text\",\"content\":\"Still there?\"}\n\n: ping\ndata: {\"type\":\"heartbeat\"}")]
    public async Task ReadAsync_StreamEndsInsideAnEvent_EndsWithoutInventingOneAndSaysSo(string body)
    {
        var reader = new SseEventReader(Body(body));

        var events = await ReadAllAsync(reader);

        Assert.Equal(["text: Still there?"], EventTranscript.Of(events));
        Assert.Equal(SseStreamEnding.InsideEvent, reader.Ending);
    }

    [Theory]
    [InlineData("")]
    [InlineData(": only a comment\n")]
    [InlineData("data: {\"type\":\"heartbeat\"}\r\n\r\n: ping")]
    public async Task ReadAsync_StreamEndsBetweenEvents_SaysSo(string body)
    {
        var reader = new SseEventReader(Body(body));

        await ReadAllAsync(reader);

        Assert.Equal(SseStreamEnding.BetweenEvents, reader.Ending);
    }

    [Fact]
    public async Task Ending_BeforeTheStreamEnds_IsNotEnded()
    {
        var reader = new SseEventReader(new ScriptedStream([RecordedReply.Bytes()], ScriptedEnd.Hang));
        using var cancel = new CancellationTokenSource();
        var events = reader.ReadAsync(cancel.Token).GetAsyncEnumerator(cancel.Token);

        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Deadline.Default));
        Assert.Equal(SseStreamEnding.NotEnded, reader.Ending);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            while (await events.MoveNextAsync())
            {
            }
        });
        Assert.Equal(SseStreamEnding.NotEnded, reader.Ending);
    }

    [Fact]
    public async Task ReadAsync_ConnectionBreaks_YieldsWhatArrivedThenThrowsIOException()
    {
        var bytes = RecordedReply.Bytes();
        var cut = Encoding.UTF8.GetByteCount(string.Concat(RecordedReply.Lines.Take(4).Select(line => line + "\n")));
        var reader = new SseEventReader(new ScriptedStream([bytes[..cut]], ScriptedEnd.Break));
        var seen = new List<AgentEvent>();

        await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (var item in reader.ReadAsync())
            {
                seen.Add(item);
            }
        });

        Assert.Equal(RecordedReply.Events.Take(2), EventTranscript.Of(seen));
    }

    [Fact]
    public async Task ReadAsync_CancelledWhileWaitingForBytes_StopsPromptly()
    {
        var reader = new SseEventReader(new ScriptedStream([Encoding.UTF8.GetBytes("data: {\"type\":\"heartbeat\"}\n\n")], ScriptedEnd.Hang));
        using var cancel = new CancellationTokenSource();
        await using var events = reader.ReadAsync(cancel.Token).GetAsyncEnumerator(cancel.Token);
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Deadline.Default));

        var waiting = events.MoveNextAsync().AsTask();
        Assert.False(waiting.IsCompleted);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Deadline.Default));
    }

    [Fact]
    public async Task ReadAsync_AlreadyCancelled_ReadsNothing()
    {
        var stream = new ScriptedStream([RecordedReply.Bytes()]);
        var reader = new SseEventReader(stream);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in reader.ReadAsync(new CancellationToken(canceled: true)))
            {
                Assert.Fail($"Read {EventTranscript.Line(item)} after cancellation.");
            }
        });
    }

    [Fact]
    public async Task ReadAsync_FirstEvent_ArrivesBeforeTheLastBytesAreRead()
    {
        var bytes = RecordedReply.Bytes();
        var firstEvent = Encoding.UTF8.GetByteCount(RecordedReply.Lines[0] + "\n\n");
        var stream = new ScriptedStream([bytes[..firstEvent], bytes[firstEvent..^10], bytes[^10..]]) { HeldChunk = 2 };
        var reader = new SseEventReader(stream);
        await using var events = reader.ReadAsync().GetAsyncEnumerator();

        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Deadline.Default));
        Assert.Equal("heartbeat", EventTranscript.Line(events.Current));
        Assert.False(stream.HeldChunkServed);

        stream.Release();
        var rest = new List<AgentEvent>();
        while (await events.MoveNextAsync().AsTask().WaitAsync(Deadline.Default))
        {
            rest.Add(events.Current);
        }

        Assert.Equal(RecordedReply.Events.Skip(1), EventTranscript.Of(rest));
    }

    [Fact]
    public async Task ReadAsync_EventsBeforeHeldBytes_AllArriveWhileTheRestIsStillOnTheWay()
    {
        var bytes = RecordedReply.Bytes();
        var stream = new ScriptedStream([bytes[..^10], bytes[^10..]]) { HeldChunk = 1 };
        var reader = new SseEventReader(stream);
        await using var events = reader.ReadAsync().GetAsyncEnumerator();

        var early = new List<AgentEvent>();
        for (var i = 0; i < RecordedReply.Events.Count - 1; i++)
        {
            Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Deadline.Default));
            early.Add(events.Current);
        }

        Assert.False(stream.HeldChunkServed);
        Assert.Equal(RecordedReply.Events.SkipLast(1), EventTranscript.Of(early));
        stream.Release();
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Deadline.Default));
        Assert.False(await events.MoveNextAsync().AsTask().WaitAsync(Deadline.Default));
    }

    [Fact]
    public async Task ReadAsync_ErrorEventAfterText_ThrowsWithTheServicesWords()
    {
        var reader = new SseEventReader(Body(
            "data: {\"type\":\"text\",\"content\":\"Adding sparkles.\"}\n\n" +
            "data: {\"type\":\"error\",\"code\":2001,\"message\":\"You are out of credits for this edit.\"}\n\n"));
        var seen = new List<AgentEvent>();

        var failure = await Assert.ThrowsAsync<VideoBackendException>(async () =>
        {
            await foreach (var item in reader.ReadAsync())
            {
                seen.Add(item);
            }
        });

        Assert.Equal(["text: Adding sparkles."], EventTranscript.Of(seen));
        Assert.Equal(ErrorKind.OutOfCredits, failure.Kind);
        Assert.Equal("You are out of credits for this edit.", failure.Message);
    }

    [Fact]
    public async Task ReadAsync_UnknownTypesAndUnreadableData_ReadAsStillWorkingAndTheReplyGoesOn()
    {
        var reader = new SseEventReader(Body(
            "data: {\"type\":\"progress\",\"percent\":40}\n\n" +
            "data: not json at all\n\n" +
            "data: [1,2,3]\n\n" +
            "data: {\"content\":\"no type\"}\n\n" +
            "event: custom\ndata: {\"type\":\"text\",\"content\":\"Done.\"}\n\n"));

        var events = await ReadAllAsync(reader);

        Assert.Equal(["heartbeat", "heartbeat", "heartbeat", "heartbeat", "text: Done."], EventTranscript.Of(events));
    }

    [Fact]
    public async Task ReadAsync_SecondTime_Throws()
    {
        var reader = new SseEventReader(new ScriptedStream([RecordedReply.Bytes()]));
        await ReadAllAsync(reader);

        await Assert.ThrowsAsync<InvalidOperationException>(() => ReadAllAsync(reader));
    }

    private static ScriptedStream Body(string text) => new([Encoding.UTF8.GetBytes(text)]);

    private static async Task<List<AgentEvent>> ReadAllAsync(SseEventReader reader)
    {
        using var deadline = new CancellationTokenSource(Deadline.Default);
        var events = new List<AgentEvent>();
        await foreach (var item in reader.ReadAsync(deadline.Token))
        {
            events.Add(item);
        }

        return events;
    }
}
