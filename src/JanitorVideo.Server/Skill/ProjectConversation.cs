using System.Runtime.CompilerServices;
using System.Text;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Drafts;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Skill;
using JanitorVideo.Core.Translation;
using JanitorVideo.Server.Tools;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;

namespace JanitorVideo.Server.Skill;

/// <summary>
/// One turn with the backend's agent, done as the skill says: the message is sent once, its text
/// joined and translated out of the agent's editor talk, follow-ups the agent asks the user to click
/// carried out once, and when it says nothing, or its stream drops and the work shows in the project,
/// what changed told from the timeline itself. The reply-stream rules are <see cref="ReplyCollector"/>'s.
/// Where messages cost credits, the cost is estimated first (<see cref="CreditQuote"/>), put to the
/// user when it is over <see cref="SpendingOptions.ConfirmAbove"/> and the client can ask, and the
/// balance after the turn is told.
/// </summary>
public sealed class ProjectConversation(IVideoBackend backend, ProjectSessions sessions, ReplyTiming timing, SpendingOptions spending,
    TurnJobs turns, TimeProvider time, ILogger<ProjectConversation> logger)
{
    /// <summary>
    /// One turn, waited for as <see cref="TurnJobs"/> says: at most the tool's wait, then answered
    /// as still working; the same words again collect the reply.
    /// </summary>
    /// <param name="ask">Puts a costly message to the user first; null when the client cannot ask (then it is sent, and the cost told after).</param>
    public async Task<ToolAnswer<GenerateOrEditOutput>> ConverseAsync(
        string clientKey, string instruction, string? sessionId, IProgress<ProgressNotificationValue> progress, CancellationToken cancellationToken,
        AskToSpend? ask = null)
    {
        var started = time.GetTimestamp();
        var language = UserLanguage.Guess(instruction);
        // The turn is known by its project: a client's first words make the project now.
        var project = sessions.Peek(clientKey, sessionId)
                      ?? (await sessions.ResolveAsync(clientKey, sessionId, language, cancellationToken)).SessionId;

        // What it will cost is asked in this call, before any turn starts: the user's answer decides
        // whether the words go out at all, and a question nobody answers ends with the call's wait.
        Priced? priced = null;
        if (backend.Prices is not null && turns.WouldStart(project, instruction))
        {
            priced = await PriceAsync(project, cancellationToken);
            if (priced?.Quote is { } quote && quote.Cost > spending.ConfirmAbove && ask is not null)
            {
                var decision = await AskAsync(ask, quote, started, cancellationToken);
                logger.LogInformation("Asked to spend about {Cost} credits on {SessionId}: {Answer}", quote.Cost, project, decision);
                if (decision != SpendAnswer.Yes)
                {
                    return NotSent(project, quote, decision, priced.State.Draft);
                }
            }
        }

        return await turns.RunAsync(project, instruction, (relay, token) =>
        {
            // A project lost before the words went out is restarted and the turn run there; once they
            // went out, never again (they would be done, and charged, twice).
            var sent = new StrongBox<bool>();
            // Resolved as the caller asked (the project named, else the client's current one, which is
            // the turn's project): naming it here would cost the backend one more look-up.
            return sessions.WithProjectAsync(clientKey, sessionId, language,
                session => TurnAsync(session, instruction, relay, sent, priced, token), token, repeatable: () => !sent.Value);
        }, progress, started, cancellationToken);
    }

    /// <summary>The project's state and balance before a paid message, and its quote; null when either cannot be read (the turn then goes on unpriced).</summary>
    private async Task<Priced?> PriceAsync(string project, CancellationToken cancellationToken)
    {
        try
        {
            var state = await backend.GetStateAsync(project, cancellationToken);
            var balance = await backend.GetCreditsAsync(cancellationToken);
            return new Priced(state, balance, CreditQuote.Estimate(backend.Prices, state.Draft, balance));
        }
        catch (VideoBackendException e)
        {
            logger.LogWarning("Could not price a message on {SessionId} ({Kind}); it goes on without a quote", project, e.Kind);
            return null;
        }
    }

    // The question waits for a person, but no longer than the tool's wait (the host is waiting too).
    private async Task<SpendAnswer> AskAsync(AskToSpend ask, CreditQuote quote, long started, CancellationToken cancellationToken)
    {
        var left = turns.Wait - time.GetElapsedTime(started);
        using var limit = new CancellationTokenSource(left > TimeSpan.Zero ? left : TimeSpan.Zero, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        try
        {
            // Not every way of asking heeds the token, so the wait itself is bounded too.
            return await ask(quote, either.Token).WaitAsync(either.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SpendAnswer.NoAnswer;
        }
    }

    /// <summary>What was read to price a message: reused by its turn when the project is the same.</summary>
    private sealed record Priced(ProjectState State, CreditBalance Balance, CreditQuote? Quote);

    private async Task<ToolAnswer<GenerateOrEditOutput>> TurnAsync(
        ProjectSessions.Resolved session, string instruction, IProgress<ProgressNotificationValue> progress, StrongBox<bool> sent, Priced? priced,
        CancellationToken cancellationToken)
    {
        var replies = new ReplyCollector(backend, timing, time, progress);
        var samePrice = priced is not null && priced.State.SessionId == session.SessionId;
        var before = samePrice ? priced!.State : await backend.GetStateAsync(session.SessionId, cancellationToken);
        var balanceBefore = samePrice ? priced!.Balance : null;
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
        var balance = backend.Prices is null || balanceBefore is { Unlimited: true } ? null : await BalanceAfterAsync(balanceBefore, text, cancellationToken);
        if (suggestedNext is not null || after.Draft.IsReadyForExport)
        {
            text.Append("\nWhen it looks right, call export to get the MP4.");
        }
        return new ToolAnswer<GenerateOrEditOutput>(text.ToString(),
            new GenerateOrEditOutput("message", session.SessionId, said, changes, timeline, suggestedNext, null, balance, null));
    }

    // After a turn that can spend: what it spent and what is left, in the text and the result.
    // The turn is done by now, so a balance that cannot be read is a note, not a failure.
    // The spend is the balance's change, so work of other projects at the same time counts in it too.
    private async Task<CreditsOutput?> BalanceAfterAsync(CreditBalance? before, StringBuilder text, CancellationToken cancellationToken)
    {
        try
        {
            var after = await backend.GetCreditsAsync(cancellationToken);
            if (after.Unlimited)
            {
                return null;
            }

            text.Append(before is null
                ? $"\nCredits: {after.Available} left."
                : $"\nCredits: {Math.Max(0, before.Available - after.Available)} spent, {after.Available} left.");
            return CreditWords.Output(after);
        }
        catch (VideoBackendException e)
        {
            logger.LogWarning("The balance after a turn could not be read: {Kind} {Reason}", e.Kind, e.Detail ?? e.Message);
            text.Append("\nThe credit balance could not be read just now; get_credits tells it.");
            return null;
        }
    }

    private static ToolAnswer<GenerateOrEditOutput> NotSent(string project, CreditQuote quote, SpendAnswer answer, Draft draft)
    {
        var said = (answer == SpendAnswer.No
                ? $"Not sent: you chose not to spend about {quote.Cost} credits."
                : $"Not sent: the question about spending about {quote.Cost} credits got no answer from your client.") +
            $" Nothing was sent and nothing was spent; {quote.Balance.Available} credits are still available.";
        var timeline = TimelineSummary.Describe(draft);
        var text = $"{said}\n\n{timeline}\nSay it again to be asked once more" +
                   (answer == SpendAnswer.NoAnswer ? ", or raise JANITOR_CONFIRM_CREDITS so it is not asked." : ".");
        return new ToolAnswer<GenerateOrEditOutput>(text,
            new GenerateOrEditOutput("message", project, said, [], timeline, null, null, CreditWords.Output(quote.Balance), null,
                GenerateOrEditOutput.NotSent));
    }
}
