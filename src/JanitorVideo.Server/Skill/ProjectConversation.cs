using System.Runtime.CompilerServices;
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
/// carried out once, and when it says nothing, or its stream drops and the work shows in the project,
/// what changed told from the timeline itself. The reply-stream rules are <see cref="ReplyCollector"/>'s.
/// </summary>
public sealed class ProjectConversation(IVideoBackend backend, ProjectSessions sessions, ReplyTiming timing, TimeProvider time)
{
    public Task<ToolAnswer<GenerateOrEditOutput>> ConverseAsync(
        string clientKey, string instruction, string? sessionId, IProgress<ProgressNotificationValue> progress, CancellationToken cancellationToken)
    {
        // A project lost before the words went out is restarted and the turn run there; once they
        // went out, never again (they would be done, and charged, twice).
        var sent = new StrongBox<bool>();
        return sessions.WithProjectAsync(clientKey, sessionId, UserLanguage.Guess(instruction),
            session => TurnAsync(session, instruction, progress, sent, cancellationToken), cancellationToken, repeatable: () => !sent.Value);
    }

    private async Task<ToolAnswer<GenerateOrEditOutput>> TurnAsync(
        ProjectSessions.Resolved session, string instruction, IProgress<ProgressNotificationValue> progress, StrongBox<bool> sent, CancellationToken cancellationToken)
    {
        var replies = new ReplyCollector(backend, timing, time, progress);
        var before = await backend.GetStateAsync(session.SessionId, cancellationToken);
        sent.Value = true;
        var answer = await replies.SendAsync(session.SessionId, instruction, before.Draft, cancellationToken);
        var reply = GuiTranslator.Translate(answer.Text);

        var notes = new List<string>();
        string? suggestedNext = null;
        var edit = reply.FollowUps.FirstOrDefault(f => f.Kind is FollowUpKind.SendEdit or FollowUpKind.PerformAction);
        if (edit is not null)
        {
            // The agent asked the user to click or drag in its editor; do it for them, once. The
            // request itself is done by now, so a follow-up that fails is a note, not a failed turn.
            try
            {
                var beforeFollowUp = await backend.GetStateAsync(session.SessionId, cancellationToken);
                var followUp = await replies.SendAsync(session.SessionId, edit.Detail, beforeFollowUp.Draft, cancellationToken);
                var followUpText = GuiTranslator.Translate(followUp.Text).Text;
                if (followUpText.Length > 0)
                {
                    notes.Add(followUpText);
                }
                else if (followUp.Dropped)
                {
                    notes.Add("The connection dropped while the follow-up step ran; it was not sent again, and the project shows it done.");
                }
            }
            catch (VideoBackendException e) when (e.Kind is not ErrorKind.SessionNotFound)
            {
                notes.Add($"The follow-up step (\"{edit.Detail}\") could not be confirmed and was not sent again: {e.Message} Ask for it again if the timeline below lacks it.");
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
        var said = reply.Text.Length > 0 ? reply.Text
            : answer.Dropped ? "The connection dropped before the reply, but the work finished (the request was not sent again). " + DraftDiff.Describe(before.Draft, after.Draft)
            : changes.Count > 0 ? "Done. " + DraftDiff.Describe(before.Draft, after.Draft)
            : "The request finished with no change to the timeline.";
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
}
