using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Drafts;
using JanitorVideo.Studio.Agent;
using JanitorVideo.Studio.Credits;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Store;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Studio.Conversation;

/// <summary>
/// One turn of the studio's agent: the user's words → a plan (rules first, then a model if one is
/// available, else one clarifying question) → the new draft version → a reply about the content.
/// The work goes out as the reference's SSE events (tool calls and results, the reply's text) with
/// heartbeats while it runs. Turns of one session run one at a time, in the order they came.
/// </summary>
public sealed class StudioAgent(StudioStore store, CreditLedger credits, ModelAccess models, StudioOptions options, FaultOptions faults,
    TimeProvider time, ILogger logger)
{
    private readonly SessionLocks _locks = new();
    private readonly FaultDice _dice = new(faults.Seed);

    /// <summary>Runs one turn; the stream ends when the reply is complete.</summary>
    public async IAsyncEnumerable<AgentEvent> RunAsync(StudioUser user, SessionRecord session, string message,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var events = Channel.CreateUnbounded<AgentEvent>(new UnboundedChannelOptions { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var work = Task.Run(() => WorkAsync(user, session, message, events.Writer, stop.Token), CancellationToken.None);
        var beats = Task.Run(() => HeartbeatsAsync(events.Writer, work, stop.Token), CancellationToken.None);

        await foreach (var item in events.Reader.ReadAllAsync(cancellationToken))
        {
            yield return item;
        }

        await stop.CancelAsync();
        await beats;
        await work;
    }

    private async Task HeartbeatsAsync(ChannelWriter<AgentEvent> events, Task work, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.HeartbeatInterval, time);
        try
        {
            while (!work.IsCompleted && await timer.WaitForNextTickAsync(cancellationToken))
            {
                events.TryWrite(new AgentEvent.Heartbeat());
            }
        }
        catch (OperationCanceledException)
        {
            // The turn is over.
        }
    }

    private async Task WorkAsync(StudioUser user, SessionRecord session, string message, ChannelWriter<AgentEvent> events, CancellationToken cancellationToken)
    {
        try
        {
            using (await _locks.TakeAsync(session.SessionId, cancellationToken))
            {
                if (faults.HeartbeatOnlyFor > TimeSpan.Zero)
                {
                    await Task.Delay(faults.HeartbeatOnlyFor, time, cancellationToken);
                }

                var reply = await TurnAsync(user, session, message, events, cancellationToken);
                if (_dice.Roll(faults.DroppedStreamRate))
                {
                    events.TryComplete(new IOException("The studio dropped this stream on purpose (fault injection)."));
                    return;
                }

                if (!_dice.Roll(faults.SilentReplyRate))
                {
                    events.TryWrite(new AgentEvent.Text(reply));
                }
            }

            events.TryComplete();
        }
        catch (Exception e)
        {
            events.TryComplete(e);
        }
    }

    private async Task<string> TurnAsync(StudioUser user, SessionRecord session, string message, ChannelWriter<AgentEvent> events, CancellationToken cancellationToken)
    {
        var before = store.CurrentDraft(session.SessionId);
        var media = store.Media(session.SessionId).Select(ToMediaItem).ToList();
        var context = new EditContext(before.Draft, media);
        var language = InstructionLanguage.Detect(message);

        events.TryWrite(new AgentEvent.ToolCall("plan_edit", new JsonObject { ["instruction"] = message }));
        var plan = InstructionRules.Plan(message, context);
        var planner = "rules";
        if (plan.IsQuestion && InstructionRules.MatchedRules(message, context).Count == 0 && models.Current is { } model)
        {
            planner = "model";
            plan = await AskModelAsync(model, message, context, cancellationToken) ?? plan;
        }

        events.TryWrite(new AgentEvent.ToolResult("plan_edit", new JsonObject
        {
            ["planner"] = planner,
            ["plan"] = JsonNode.Parse(EditPlanJson.ToJson(plan)),
        }));
        if (plan.IsQuestion)
        {
            return plan.Question!;
        }

        var hold = credits.Reserve(user, Cost(before.Draft, plan), $"edit:{session.SessionId}");
        DraftVersion after;
        try
        {
            events.TryWrite(new AgentEvent.ToolCall("apply_edit", new JsonObject { ["steps"] = plan.Steps.Count, ["from_version"] = before.Version }));
            after = Apply(session.SessionId, before, plan, media, message);
        }
        catch
        {
            hold.Release();
            throw;
        }

        if (after.Version == before.Version)
        {
            hold.Release();
        }
        else
        {
            hold.Settle();
        }

        events.TryWrite(new AgentEvent.ToolResult("apply_edit", new JsonObject
        {
            ["version"] = after.Version,
            ["changed"] = after.Version != before.Version,
        }));
        logger.LogInformation("Session {SessionId}: {Planner} plan of {Steps} steps, draft v{From} → v{To}",
            session.SessionId, planner, plan.Steps.Count, before.Version, after.Version);
        return EditReply.Describe(plan, before.Draft, after.Draft, language, media);
    }

    private async Task<EditPlan?> AskModelAsync(Microsoft.Extensions.AI.IChatClient model, string message, EditContext context, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.ModelTimeout);
        try
        {
            return await ModelPlanner.PlanAsync(model, message, context, limit.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A model that fails or takes too long leaves the rules' question standing.
            logger.LogWarning("The language model gave no plan ({Error}); asking the user instead", e.GetType().Name);
            return null;
        }
    }

    // Undo and redo move along the stored versions; every other step edits the draft and saves a new version.
    private DraftVersion Apply(string sessionId, DraftVersion before, EditPlan plan, IReadOnlyList<MediaItem> media, string cause)
    {
        var current = before;
        foreach (var step in plan.Steps)
        {
            current = step switch
            {
                Undo => store.Undo(sessionId) ?? current,
                Redo => store.Redo(sessionId) ?? current,
                _ => current,
            };
        }

        var edits = plan with { Steps = [.. plan.Steps.Where(step => step is not (Undo or Redo))] };
        if (edits.Steps.Count == 0)
        {
            return current;
        }

        var edited = DraftEditor.Apply(current.Draft, edits, media);
        return edited.ToJson() == current.Draft.ToJson()
            ? current
            : store.SaveDraft(sessionId, edited, Cause(cause));
    }

    // The reference: generating a clip costs about 100 credits, an edit about 50.
    private long Cost(Draft draft, EditPlan plan)
    {
        if (plan.Steps.All(step => step is Undo or Redo))
        {
            return 0;
        }

        var hasClip = draft.Tracks.Any(track => track.Kind == TrackKind.Video && track.Segments.Count > 0);
        return !hasClip && plan.Steps.Any(step => step is Animate) ? credits.Rules.GenerationCost : credits.Rules.EditCost;
    }

    private static string Cause(string message) => message.Length <= 200 ? message : message[..200] + "…";

    private static MediaItem ToMediaItem(MediaRecord record) =>
        new(record.MediaId, record.Kind, record.FileName, record.Width, record.Height, record.DurationSeconds, record.Framing);
}
