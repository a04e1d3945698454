using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Text;
using JanitorVideo.Server.Export;
using JanitorVideo.Server.Hosting;
using JanitorVideo.Server.Tools;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;

namespace JanitorVideo.Server.Skill;

/// <summary>
/// Turns with the agent as an agent host can wait for them: one turn per project at a time, run in
/// the background and waited for at most <see cref="ExportOptions.ToolWait"/> from the start of the
/// call. A turn still running then goes on; the call answers normally (<c>status: "working"</c>), and
/// the next <c>generate_or_edit</c> with the same words attaches to it and collects its reply (the
/// words are never sent twice). Other words wait for it within their own call's wait, or are told
/// to come back; <c>get_state</c> says it is running. A reply, or a failure, that came after every
/// call had answered is kept and told once, with the project's next call. The client cancelling
/// the last call waiting for a turn cancels it.
/// </summary>
/// <remarks>Turns are not kept across a restart: the work still shows in the project's timeline (get_state).</remarks>
public sealed class TurnJobs(ExportOptions options, TimeProvider time, ILogger<TurnJobs> logger)
{
    private readonly Dictionary<string, Turn> _running = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Turn> _unclaimed = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Turns running now (for tests and the log).</summary>
    public int Running
    {
        get
        {
            lock (_gate)
            {
                return _running.Count;
            }
        }
    }

    /// <summary>Runs (or joins) the turn of <paramref name="instruction"/> on <paramref name="project"/>, waiting at most what is left of the tool's wait.</summary>
    /// <param name="run">The turn itself, on its own token and progress (it outlives the call).</param>
    /// <param name="started">When the call began (<see cref="TimeProvider.GetTimestamp"/>).</param>
    public async Task<ToolAnswer<GenerateOrEditOutput>> RunAsync(string project, string instruction,
        Func<IProgress<ProgressNotificationValue>, CancellationToken, Task<ToolAnswer<GenerateOrEditOutput>>> run,
        IProgress<ProgressNotificationValue> progress, long started, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        Turn? earlier;
        Turn? collected;
        lock (_gate)
        {
            _running.TryGetValue(project, out earlier);
            _unclaimed.Remove(project, out collected);
        }

        if (collected is not null && Same(collected.Instruction, instruction))
        {
            // The call that comes back for a reply that finished meanwhile.
            return await Told(collected);
        }

        if (earlier is not null && Same(earlier.Instruction, instruction))
        {
            logger.LogInformation("generate_or_edit on {Project} attaches to the turn already running", project);
            return await WaitForAsync(earlier, project, progress, started, cancellationToken);
        }

        if (earlier is not null)
        {
            // One turn per project: these words go out after it, within this call's wait.
            var left = Left(started);
            await ((Task)earlier.Completion.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, time, cancellationToken))
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            cancellationToken.ThrowIfCancellationRequested();
            if (!earlier.Completion.IsCompleted)
            {
                return Busy(earlier, project, instruction);
            }

            lock (_gate)
            {
                // The earlier turn's reply goes with this call's, unless its own caller took it.
                if (_unclaimed.Remove(project, out var finished))
                {
                    collected = finished;
                }
            }
        }

        Turn turn;
        lock (_gate)
        {
            if (_running.TryGetValue(project, out var other) && !other.Completion.IsCompleted)
            {
                // Another call started a turn on this project meanwhile.
                return Busy(other, project, instruction);
            }

            turn = new Turn(instruction, time.GetTimestamp());
            _running[project] = turn;
            turn.Start(token => run(turn, token), completion => Ended(project, turn, completion));
        }

        var answer = await WaitForAsync(turn, project, progress, started, cancellationToken);
        return collected is null ? answer : await Joined(collected, answer);
    }

    /// <summary>What get_state says first about <paramref name="project"/>'s turn: still running, or its reply that came meanwhile (told once).</summary>
    public async Task<string> NoteAsync(string project)
    {
        Turn? running;
        Turn? collected;
        lock (_gate)
        {
            _running.TryGetValue(project, out running);
            _unclaimed.Remove(project, out collected);
        }

        if (collected is not null)
        {
            try
            {
                return (await Told(collected)).Text + "\n\n";
            }
            catch (VideoBackendException e)
            {
                return e.Message + "\n\n";
            }
        }

        return running is null
            ? ""
            : $"Still working on \"{UserText.Shorten(running.Instruction)}\" ({Seconds(running)} s so far); generate_or_edit with the same words collects its reply. Meanwhile: ";
    }

    private async Task<ToolAnswer<GenerateOrEditOutput>> WaitForAsync(Turn turn, string project, IProgress<ProgressNotificationValue> progress,
        long started, CancellationToken cancellationToken)
    {
        var done = await turn.WaitAsync(progress, Left(started), time, cancelled: () =>
        {
            logger.LogInformation("generate_or_edit on {Project} cancelled by the client; cancelling its turn", project);
            return Task.CompletedTask;
        }, cancellationToken);
        if (done is null)
        {
            logger.LogInformation("The turn on {Project} is still running after {Wait}; answering now", project, options.ToolWait);
            return Working(turn, project);
        }

        try
        {
            return await done;
        }
        catch (OperationCanceledException)
        {
            throw new VideoBackendException(ErrorKind.Timeout,
                "The request was cancelled: the other call waiting for it gave up. Nothing more will be sent for it; get_state shows what it did.");
        }
    }

    private void Ended(string project, Turn turn, Task<ToolAnswer<GenerateOrEditOutput>> completion)
    {
        lock (_gate)
        {
            if (_running.TryGetValue(project, out var running) && ReferenceEquals(running, turn))
            {
                _running.Remove(project);
            }

            if (turn.Waiters == 0 && !completion.IsCanceled)
            {
                // Every call answered before it ended: told with the project's next call.
                _unclaimed[project] = turn;
                _ = completion.Exception;
            }
        }

        logger.LogInformation("The turn on {Project} ended ({Status}) after {Seconds} s", project, completion.Status, Seconds(turn));
    }

    private TimeSpan Left(long started) => options.ToolWait - time.GetElapsedTime(started);

    private int Seconds(Turn turn) => (int)time.GetElapsedTime(turn.Started).TotalSeconds;

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>A turn that ended after its callers answered, as the call that collects it tells it.</summary>
    private static async Task<ToolAnswer<GenerateOrEditOutput>> Told(Turn turn)
    {
        try
        {
            var answer = await turn.Completion;
            return answer with { Text = $"The request \"{UserText.Shorten(turn.Instruction)}\" finished: {answer.Text}" };
        }
        catch (VideoBackendException e)
        {
            throw new VideoBackendException(e.Kind, $"The request \"{UserText.Shorten(turn.Instruction)}\" failed after the last answer: {e.Message}", e.Detail, e);
        }
    }

    private static async Task<ToolAnswer<GenerateOrEditOutput>> Joined(Turn earlier, ToolAnswer<GenerateOrEditOutput> answer)
    {
        string before;
        try
        {
            before = (await Told(earlier)).Text;
        }
        catch (VideoBackendException e)
        {
            before = e.Message;
        }

        return answer with { Text = before + "\n\n" + answer.Text };
    }

    private ToolAnswer<GenerateOrEditOutput> Working(Turn turn, string project)
    {
        var text = $"Still working on \"{UserText.Shorten(turn.Instruction)}\" in project {project} ({Seconds(turn)} s so far). " +
                   "It went out once and will not be sent again. Call generate_or_edit with the same words to collect the reply, " +
                   "or get_state to see the timeline meanwhile.";
        return new ToolAnswer<GenerateOrEditOutput>(text,
            new GenerateOrEditOutput("message", project, null, null, null, "generate_or_edit", null, null, null, GenerateOrEditOutput.Working));
    }

    private ToolAnswer<GenerateOrEditOutput> Busy(Turn earlier, string project, string instruction)
    {
        var text = $"Not sent yet: project {project} is still working on \"{UserText.Shorten(earlier.Instruction)}\" ({Seconds(earlier)} s so far), " +
                   $"and one request runs at a time. Call generate_or_edit with \"{UserText.Shorten(instruction)}\" again when it is done " +
                   "(the same words as the running request collect its reply).";
        return new ToolAnswer<GenerateOrEditOutput>(text,
            new GenerateOrEditOutput("message", project, null, null, null, "generate_or_edit", null, null, null, GenerateOrEditOutput.Working));
    }

    /// <summary>One turn in the background.</summary>
    private sealed class Turn(string instruction, long started) : BackgroundWork<ToolAnswer<GenerateOrEditOutput>, ProgressNotificationValue>
    {
        public string Instruction { get; } = instruction;

        public long Started { get; } = started;
    }
}
