using JanitorVideo.Core.Errors;
using JanitorVideo.Server.Skill;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Store;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Server.Tests.Skill;

/// <summary>
/// The reply-stream rules of a conversation turn, kept the same by both backends: the studio in
/// process and the cloud client over loopback HTTP, each against a real studio told to misbehave as
/// the cloud does (dropped streams, heartbeats only, silent replies). Intervals are milliseconds here;
/// every wait is bounded by <see cref="Deadline.Default"/>.
/// </summary>
public sealed class ReplyStreamRulesTests
{
    private const string AddTitle = "add the title 'Dawn'";

    // Words the studio's rules cannot place: it answers with a question and changes nothing.
    private const string Gibberish = "blorf snazzle quib";

    private static readonly ReplyTiming Quick = new()
    {
        DroppedStreamFirstRead = TimeSpan.FromMilliseconds(30),
        DroppedStreamReadEvery = TimeSpan.FromMilliseconds(20),
        DroppedStreamUnchangedReads = 3,
    };

    [Theory]
    [InlineData("studio")]
    [InlineData("cloud")]
    public async Task Converse_StreamDropsAfterTheEdit_AnswersWithWhatChangedAndSendsOnce(string route)
    {
        await using var rig = await ConversationRig.StartAsync(route, new FaultOptions { DroppedStreamRate = 1 }, Quick);
        using var deadline = new CancellationTokenSource(Deadline.Default);

        var answer = await rig.SayAsync(AddTitle, deadline.Token);

        Assert.StartsWith("The connection dropped before the reply, but the work finished", answer.Output.Reply, StringComparison.Ordinal);
        Assert.Contains("Dawn", answer.Output.Reply, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Output.Changes!);
        Assert.Single(rig.Calls, call => call == "send");
        Assert.Equal([StudioStore.NewProjectCause, AddTitle], rig.Engine.Store.History(answer.Output.SessionId!).Select(version => version.Cause));
        Assert.Contains("The connection dropped; the request is not sent again. Checking the project in 30 ms…", rig.ProgressMessages);
    }

    [Theory]
    [InlineData("studio")]
    [InlineData("cloud")]
    public async Task Converse_StreamDropsAndNothingChanges_FailsAfterTheConfiguredReadsAndOffersARetry(string route)
    {
        await using var rig = await ConversationRig.StartAsync(route, new FaultOptions { DroppedStreamRate = 1 }, Quick);
        using var deadline = new CancellationTokenSource(Deadline.Default);

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => rig.SayAsync(Gibberish, deadline.Token));

        Assert.Equal(ErrorKind.Timeout, error.Kind);
        Assert.Contains("no change in 3 checks", error.Message, StringComparison.Ordinal);
        Assert.Contains("Your project is kept and nothing was sent twice; ask again to retry.", error.Message, StringComparison.Ordinal);
        Assert.Equal(["send", "state", "state", "state"], rig.CallsFromTheSend);
        Assert.Contains("No change to the project yet (check 1 of 3); checking again in 20 ms…", rig.ProgressMessages);
        Assert.False(deadline.IsCancellationRequested);
    }

    [Theory]
    [InlineData("studio")]
    [InlineData("cloud")]
    public async Task Converse_CallerGivesUpWhileCheckingAfterADrop_StaysACancellation(string route)
    {
        await using var rig = await ConversationRig.StartAsync(route, new FaultOptions { DroppedStreamRate = 1 },
            Quick with { DroppedStreamFirstRead = TimeSpan.FromMinutes(10) });
        using var giveUp = new CancellationTokenSource(Deadline.Default);
        var turn = rig.SayAsync(Gibberish, giveUp.Token);
        await Deadline.PollAsync(() => rig.ProgressMessages, seen => seen.Any(m => m.StartsWith("The connection dropped", StringComparison.Ordinal)),
            TimeSpan.FromMilliseconds(10), "the turn to report the dropped stream");

        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => turn);
        Assert.Equal(["send"], rig.CallsFromTheSend);
    }

    [Theory]
    [InlineData("studio")]
    [InlineData("cloud")]
    public async Task Converse_OnlyHeartbeats_TimesOutInPlainWordsSayingStillWorkingAtTheInterval(string route)
    {
        // 3 s of heartbeats only: long enough that a loaded machine still delivers some before it (1 s was not, once in a full run).
        var timing = Quick with { HeartbeatOnlyTimeout = TimeSpan.FromSeconds(3), StillWorkingEvery = TimeSpan.FromMilliseconds(200) };
        await using var rig = await ConversationRig.StartAsync(route, new FaultOptions { HeartbeatOnlyFor = TimeSpan.FromMinutes(10) }, timing,
            heartbeatEvery: TimeSpan.FromMilliseconds(10));
        using var deadline = new CancellationTokenSource(Deadline.Default);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<VideoBackendException>(() => rig.SayAsync(AddTitle, deadline.Token));
        var lasted = clock.Elapsed;

        Assert.Equal(ErrorKind.Timeout, error.Kind);
        Assert.StartsWith("The video service sent only \"still working\" signals for 3 s, so the request was given up.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Your project is kept", error.Message, StringComparison.Ordinal);
        Assert.False(deadline.IsCancellationRequested);
        // Heartbeats came every 10 ms; "still working" goes out at most once per 200 ms of the time the turn lasted (3 s or, on a busy machine, more).
        var stillWorking = rig.ProgressMessages.Count(message => message == "Still working…");
        Assert.InRange(stillWorking, 1, (int)(lasted / TimeSpan.FromMilliseconds(200)) + 1);
        Assert.Single(rig.Calls, call => call == "send");
    }

    [Theory]
    [InlineData("studio")]
    [InlineData("cloud")]
    public async Task Converse_SilentReply_SaysWhatChanged(string route)
    {
        await using var rig = await ConversationRig.StartAsync(route, new FaultOptions { SilentReplyRate = 1 }, Quick);
        using var deadline = new CancellationTokenSource(Deadline.Default);

        var answer = await rig.SayAsync(AddTitle, deadline.Token);

        Assert.StartsWith("Done. ", answer.Output.Reply, StringComparison.Ordinal);
        Assert.Contains("Dawn", answer.Output.Reply, StringComparison.Ordinal);
        Assert.Contains(answer.Output.Reply!, answer.Text, StringComparison.Ordinal);
        Assert.Single(rig.Calls, call => call == "send");
        Assert.DoesNotContain(rig.ProgressMessages, message => message.Contains("dropped", StringComparison.Ordinal));
    }
}
