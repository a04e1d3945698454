using System.Globalization;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Drafts;
using JanitorVideo.Core.Errors;
using ModelContextProtocol;

namespace JanitorVideo.Server.Skill;

/// <summary>What the agent answered to one message.</summary>
/// <param name="Text">The agent's text, joined; empty when it said nothing or its stream dropped.</param>
/// <param name="Dropped">The stream broke after the message was taken, and the project then showed the work done.</param>
internal sealed record CollectedReply(string Text, bool Dropped);

/// <summary>
/// The reply-stream rules of one conversation turn, the same for both backends. Each message is sent
/// once and never again, whatever happens to its stream. Heartbeats alone for
/// <see cref="ReplyTiming.HeartbeatOnlyTimeout"/> are a timeout, and "still working" is reported every
/// <see cref="ReplyTiming.StillWorkingEvery"/> meanwhile. When the stream drops, the project's state is
/// read after <see cref="ReplyTiming.DroppedStreamFirstRead"/>, then every
/// <see cref="ReplyTiming.DroppedStreamReadEvery"/>, until its draft differs from the one before the
/// message; <see cref="ReplyTiming.DroppedStreamUnchangedReads"/> unchanged reads are a failure.
/// </summary>
/// <remarks>One collector serves one turn, so its progress figures keep rising across the turn's messages.</remarks>
internal sealed class ReplyCollector(IVideoBackend backend, ReplyTiming timing, TimeProvider time, IProgress<ProgressNotificationValue> progress)
{
    private int _steps;

    /// <summary>Sends <paramref name="message"/> once and gathers the reply.</summary>
    /// <param name="before">The draft before the message, to tell after a dropped stream whether the work was done.</param>
    /// <exception cref="VideoBackendException">A timeout in plain words: only heartbeats for too long, or a dropped stream and no change.</exception>
    public async Task<CollectedReply> SendAsync(string sessionId, string message, Draft before, CancellationToken cancellationToken)
    {
        try
        {
            return new CollectedReply(await GatherAsync(sessionId, message, cancellationToken), Dropped: false);
        }
        catch (ReplyDroppedException)
        {
            await AwaitTheWorkAsync(sessionId, before, cancellationToken);
            return new CollectedReply("", Dropped: true);
        }
    }

    private async Task<string> GatherAsync(string sessionId, string message, CancellationToken cancellationToken)
    {
        using var stall = new CancellationTokenSource(timing.HeartbeatOnlyTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stall.Token);
        var texts = new List<string>();
        var quietSince = time.GetUtcNow();
        try
        {
            await foreach (var agentEvent in backend.SendMessageAsync(sessionId, message, linked.Token).WithCancellation(linked.Token))
            {
                _steps++;
                if (agentEvent is AgentEvent.Heartbeat)
                {
                    if (time.GetUtcNow() - quietSince >= timing.StillWorkingEvery)
                    {
                        quietSince = time.GetUtcNow();
                        Report("Still working…");
                    }

                    continue;
                }

                stall.CancelAfter(timing.HeartbeatOnlyTimeout);
                quietSince = time.GetUtcNow();
                if (agentEvent is AgentEvent.Text { Content: { Length: > 0 } content })
                {
                    texts.Add(content);
                }
            }
        }
        catch (Exception e) when ((e is OperationCanceledException or ReplyDroppedException)
                                  && stall.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new VideoBackendException(ErrorKind.Timeout,
                $"The video service sent only \"still working\" signals for {Words(timing.HeartbeatOnlyTimeout)}, so the request was given up. " +
                "Your project is kept and nothing was sent twice; ask for the state, then try again.");
        }

        return string.Join("\n\n", texts);
    }

    // The message was taken and may still be running: never send it again, read the state until it shows the work.
    private async Task AwaitTheWorkAsync(string sessionId, Draft before, CancellationToken cancellationToken)
    {
        var reads = Math.Max(1, timing.DroppedStreamUnchangedReads);
        Report($"The connection dropped; the request is not sent again. Checking the project in {Words(timing.DroppedStreamFirstRead)}…");
        await Task.Delay(timing.DroppedStreamFirstRead, time, cancellationToken);
        for (var read = 1; !await ChangedAsync(sessionId, before, cancellationToken); read++)
        {
            if (read == reads)
            {
                var waited = timing.DroppedStreamFirstRead + (timing.DroppedStreamReadEvery * (reads - 1));
                throw new VideoBackendException(ErrorKind.Timeout,
                    $"The connection to the video service dropped, and the project showed no change in {reads} checks over {Words(waited)}. " +
                    "Your project is kept and nothing was sent twice; ask again to retry.");
            }

            Report($"No change to the project yet (check {read} of {reads}); checking again in {Words(timing.DroppedStreamReadEvery)}…");
            await Task.Delay(timing.DroppedStreamReadEvery, time, cancellationToken);
        }
    }

    private async Task<bool> ChangedAsync(string sessionId, Draft before, CancellationToken cancellationToken)
    {
        try
        {
            var state = await backend.GetStateAsync(sessionId, cancellationToken);
            return DraftDiff.Compare(before, state.Draft).Count > 0;
        }
        catch (VideoBackendException e) when (e.Kind is ErrorKind.BackendUnreachable or ErrorKind.Timeout)
        {
            // The connection may still be down: a read that fails counts as one that shows no change.
            return false;
        }
    }

    private void Report(string message) => progress.Report(new ProgressNotificationValue { Progress = ++_steps, Message = message });

    private static string Words(TimeSpan span) => span switch
    {
        { TotalMinutes: 1 } => "1 minute",
        { TotalMinutes: > 1 } => string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0.#} minutes"),
        { TotalSeconds: >= 1 } => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.#} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{span.TotalMilliseconds:0} ms"),
    };
}
