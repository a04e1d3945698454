using System.Text;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Drafts;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Skill;
using JanitorVideo.Core.Translation;
using JanitorVideo.Server.Tools;
using ModelContextProtocol;

namespace JanitorVideo.Server.Skill;

/// <summary>
/// One turn with the backend's agent, done as the skill says: the message is sent once, its text
/// joined and translated out of the agent's editor talk, follow-ups the agent asks the user to click
/// carried out once, and when it says nothing, what changed told from the timeline itself.
/// </summary>
public sealed class ProjectConversation(IVideoBackend backend, ProjectSessions sessions, TimeProvider time)
{
    /// <summary>Heartbeats alone for this long means the backend has stalled (the reference's rule).</summary>
    public static readonly TimeSpan HeartbeatOnlyTimeout = TimeSpan.FromMinutes(10);

    /// <summary>How often "still working" is said while only heartbeats arrive.</summary>
    public static readonly TimeSpan StillWorkingInterval = TimeSpan.FromMinutes(2);

    public async Task<ToolAnswer<GenerateOrEditOutput>> ConverseAsync(
        string clientKey, string instruction, string? sessionId, IProgress<ProgressNotificationValue> progress, CancellationToken cancellationToken)
    {
        var session = await sessions.ResolveAsync(clientKey, sessionId, UserLanguage.Guess(instruction), cancellationToken);
        var before = await backend.GetStateAsync(session.SessionId, cancellationToken);
        var spoken = await SendAsync(session.SessionId, instruction, progress, cancellationToken);
        var reply = GuiTranslator.Translate(spoken);

        var notes = new List<string>();
        string? suggestedNext = null;
        var edit = reply.FollowUps.FirstOrDefault(f => f.Kind is FollowUpKind.SendEdit or FollowUpKind.PerformAction);
        if (edit is not null)
        {
            // The agent asked the user to click or drag in its editor; do it for them, once.
            var followUp = GuiTranslator.Translate(await SendAsync(session.SessionId, edit.Detail, progress, cancellationToken));
            if (followUp.Text.Length > 0)
            {
                notes.Add(followUp.Text);
            }
        }
        if (reply.FollowUps.Any(f => f.Kind == FollowUpKind.ShowCredits))
        {
            notes.Add(CreditWords.Describe(await backend.GetCreditsAsync(cancellationToken)));
        }
        if (reply.FollowUps.Any(f => f.Kind == FollowUpKind.Export))
        {
            suggestedNext = "export";
        }

        var after = await backend.GetStateAsync(session.SessionId, cancellationToken);
        var changes = DraftDiff.Compare(before.Draft, after.Draft).Select(c => c.Description).ToList();
        var timeline = TimelineSummary.Describe(after.Draft);
        var said = reply.Text.Length > 0
            ? reply.Text
            : changes.Count > 0 ? "Done. " + DraftDiff.Describe(before.Draft, after.Draft) : "The request finished with no change to the timeline.";
        var text = new StringBuilder(session.Notice).Append(said);
        foreach (var note in notes)
        {
            text.Append("\n\n").Append(note);
        }
        text.Append("\n\n").Append(timeline);
        if (suggestedNext is not null || after.Draft.IsReadyForExport)
        {
            text.Append("\nWhen it looks right, call export to get the MP4.");
        }
        return new ToolAnswer<GenerateOrEditOutput>(text.ToString(),
            new GenerateOrEditOutput("message", session.SessionId, said, changes, timeline, suggestedNext, null, null, null));
    }

    /// <summary>Sends one message and gathers what the agent says, saying "still working" while it works.</summary>
    private async Task<string> SendAsync(string sessionId, string message, IProgress<ProgressNotificationValue> progress, CancellationToken cancellationToken)
    {
        using var stall = new CancellationTokenSource(HeartbeatOnlyTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stall.Token);
        var texts = new List<string>();
        var lastNotice = time.GetUtcNow();
        var events = 0;
        try
        {
            await foreach (var agentEvent in backend.SendMessageAsync(sessionId, message, linked.Token).WithCancellation(linked.Token))
            {
                events++;
                if (agentEvent is AgentEvent.Heartbeat)
                {
                    if (time.GetUtcNow() - lastNotice >= StillWorkingInterval)
                    {
                        lastNotice = time.GetUtcNow();
                        progress.Report(new ProgressNotificationValue { Progress = events, Message = "Still working…" });
                    }
                    continue;
                }
                stall.CancelAfter(HeartbeatOnlyTimeout);
                if (agentEvent is AgentEvent.Text { Content: { Length: > 0 } content })
                {
                    texts.Add(content);
                }
            }
        }
        catch (OperationCanceledException) when (stall.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new VideoBackendException(ErrorKind.Timeout,
                "The video service sent only \"still working\" signals for 10 minutes and was given up on. Your project is kept; ask for the state, then try again.");
        }
        return string.Join("\n\n", texts);
    }
}
