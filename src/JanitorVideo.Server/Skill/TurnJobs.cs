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
/// to come back; <c>get_state</c> says it is running, and once it ended, what it said (the same
/// words still collect it afterwards, rather than go out again). A reply, or a failure, that came
/// after every call had answered is kept until a call takes it: the same words, or the project's
/// next turn, which tells it first. The client cancelling the last call waiting for a turn cancels it.
/// </summary>
/// <remarks>Turns are not kept across a restart: the work still shows in the project's timeline (get_state).</remarks>
public sealed class TurnJobs(ExportOptions options, TimeProvider time, ILogger<TurnJobs> logger)
{
    private readonly Dictionary<string, Turn> _running = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Turn>> _parked = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>How long a call waits for its turn (the tool's wait).</summary>
    public TimeSpan Wait => options.ToolWait;

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

    /// <summary>False when <paramref name="instruction"/> would join a turn of the same words (running, or ended and not yet taken) rather than go out.</summary>
    public bool WouldStart(string project, string instruction)
    {
        lock (_gate)
        {
            return !(_running.TryGetValue(project, out var running) && Same(running.Instruction, instruction))
                   && ParkedWith(project, instruction) is null;
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
        Turn? sameWords;
        lock (_gate)
        {
            _running.TryGetValue(project, out earlier);
            sameWords = ParkedWith(project, instruction);
            if (sameWords is not null)
            {
                Unpark(project, sameWords);
            }
        }

        if (sameWords is not null)
        {
            // The call that comes back for a reply that finished meanwhile.
            return await Told(sameWords);
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
        if (answer.Output.Status == GenerateOrEditOutput.Working)
        {
            return answer;
        }

        // Replies of earlier turns nobody took are told first (those get_state already told, only once more in brief).
        List<Turn> before;
        lock (_gate)
        {
            before = _parked.Remove(project, out var parked) ? parked : [];
        }

        return before.Count == 0 ? answer : await Joined(before, answer);
    }

    /// <summary>
    /// What get_state says first about <paramref name="project"/>'s turns: one still running, or the
    /// reply of one that ended after its call answered (said once here; the same words still collect it).
    /// </summary>
    public async Task<string> NoteAsync(string project)
    {
        Turn? running;
        List<Turn> unsaid;
        lock (_gate)
        {
            _running.TryGetValue(project, out running);
            unsaid = _parked.TryGetValue(project, out var parked) ? parked.Where(turn => !turn.Mentioned).ToList() : [];
            unsaid.ForEach(turn => turn.Mentioned = true);
        }

        var text = new List<string>();
        foreach (var turn in unsaid)
        {
            text.Add(await Described(turn) + "\n\n");
        }

        if (running is not null)
        {
            text.Add($"Still working on \"{UserText.Shorten(running.Instruction)}\" ({Seconds(running)} s so far); generate_or_edit with the same words collects its reply. Meanwhile: ");
        }

        return string.Concat(text);
    }

    private async Task<ToolAnswer<GenerateOrEditOutput>> WaitForAsync(Turn turn, string project, IProgress<ProgressNotificationValue> progress,
        long started, CancellationToken cancellationToken)
    {
        var done = await turn.WaitAsync(progress, Left(started), time, cancelled: () =>
        {
            logger.LogInformation("generate_or_edit on {Project} cancelled by the client; cancelling its turn", project);
            Forget(project, turn);
            return Task.CompletedTask;
        }, cancellationToken);
        if (done is null)
        {
            logger.LogInformation("The turn on {Project} is still running after {Wait}; answering now", project, options.ToolWait);
            return Working(turn, project);
        }

        // Taken by this call: not kept for another.
        lock (_gate)
        {
            turn.Taken = true;
            Unpark(project, turn);
        }

        try
        {
            return await done;
        }
        catch (OperationCanceledException) when (turn.CancelRequested)
        {
            throw new VideoBackendException(ErrorKind.Timeout,
                "The request was cancelled: the other call waiting for it gave up. Nothing more will be sent for it; get_state shows what it did.");
        }
        catch (OperationCanceledException e)
        {
            throw new VideoBackendException(ErrorKind.Timeout,
                "The video service did not answer in time. Your words were not sent again; get_state shows what was done, and you can ask again.", e.Message, e);
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

            // Kept until a call takes it, unless a waiting call already did or a client cancelled it.
            if (!turn.Taken && !turn.CancelRequested)
            {
                if (!_parked.TryGetValue(project, out var parked))
                {
                    _parked[project] = parked = [];
                }

                parked.Add(turn);
            }
        }

        _ = completion.Exception;
        logger.LogInformation("The turn on {Project} ended ({Status}) after {Seconds} s", project, completion.Status, Seconds(turn));
    }

    private void Forget(string project, Turn turn)
    {
        lock (_gate)
        {
            if (_running.TryGetValue(project, out var running) && ReferenceEquals(running, turn))
            {
                _running.Remove(project);
            }
        }
    }

    // Under _gate.
    private Turn? ParkedWith(string project, string instruction) =>
        _parked.TryGetValue(project, out var parked) ? parked.LastOrDefault(turn => Same(turn.Instruction, instruction)) : null;

    // Under _gate.
    private void Unpark(string project, Turn turn)
    {
        if (_parked.TryGetValue(project, out var parked) && parked.Remove(turn) && parked.Count == 0)
        {
            _parked.Remove(project);
        }
    }

    private TimeSpan Left(long started) => options.ToolWait - time.GetElapsedTime(started);

    private int Seconds(Turn turn) => (int)time.GetElapsedTime(turn.Started).TotalSeconds;

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>A turn that ended after its callers answered, as the call that collects it tells it (its failure as that call's failure).</summary>
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
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
        {
            throw new VideoBackendException(ErrorKind.Timeout,
                $"The request \"{UserText.Shorten(turn.Instruction)}\" did not finish: the video service stopped answering. Its words were not sent again; get_state shows what was done.",
                e.Message, e);
        }
    }

    /// <summary>How an ended turn reads in another call's answer: its reply, or why it failed.</summary>
    private static async Task<string> Described(Turn turn)
    {
        try
        {
            return (await Told(turn)).Text;
        }
        catch (VideoBackendException e)
        {
            return e.Message;
        }
    }

    private static async Task<ToolAnswer<GenerateOrEditOutput>> Joined(List<Turn> before, ToolAnswer<GenerateOrEditOutput> answer)
    {
        var told = new List<string>();
        foreach (var turn in before)
        {
            told.Add(turn.Mentioned ? $"(The request \"{UserText.Shorten(turn.Instruction)}\" finished earlier; get_state told its reply.)" : await Described(turn));
        }

        return answer with { Text = string.Join("\n\n", told) + "\n\n" + answer.Text };
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

        /// <summary>A waiting call took its end (under the jobs' lock).</summary>
        public bool Taken { get; set; }

        /// <summary>get_state has told its end (under the jobs' lock).</summary>
        public bool Mentioned { get; set; }
    }
}
