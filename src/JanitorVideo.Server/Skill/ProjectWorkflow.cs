using System.Text;
using System.Text.RegularExpressions;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Drafts;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Media;
using JanitorVideo.Core.Routing;
using JanitorVideo.Core.Skill;
using JanitorVideo.Core.Translation;
using JanitorVideo.Server.Configuration;
using JanitorVideo.Server.Tools;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace JanitorVideo.Server.Skill;

/// <summary>
/// The skill's work, done by the server instead of the chat model: route the words, drive the
/// backend, translate its GUI talk, summarise the timeline, explain what changed, deliver the MP4.
/// Every public method returns text for the model plus structured content, or throws
/// <see cref="VideoBackendException"/> with words for the user.
/// </summary>
public sealed partial class ProjectWorkflow(
    IVideoBackend backend,
    ProjectSessions sessions,
    UploadInputs uploadInputs,
    JanitorSettings settings,
    TimeProvider time,
    ILogger<ProjectWorkflow> logger)
{
    /// <summary>Heartbeats alone for this long means the backend has stalled (the reference's rule).</summary>
    public static readonly TimeSpan HeartbeatOnlyTimeout = TimeSpan.FromMinutes(10);

    /// <summary>How often "still working" is said while only heartbeats arrive.</summary>
    public static readonly TimeSpan StillWorkingInterval = TimeSpan.FromMinutes(2);

    /// <summary>The longest an export may take before it is given up (the cloud's SSE limit is 15 minutes too).</summary>
    public static readonly TimeSpan RenderTimeout = TimeSpan.FromMinutes(15);

    public async Task<ToolAnswer<UploadOutput>> UploadAsync(string clientKey, IReadOnlyList<string>? files, string? sessionId, CancellationToken cancellationToken)
    {
        var sources = await uploadInputs.CheckAsync(files, cancellationToken);
        var session = await sessions.ResolveAsync(clientKey, sessionId, UserLanguage.English, cancellationToken);
        var result = await backend.UploadAsync(session.SessionId, [.. sources.Select(s => s.Source)], cancellationToken);
        var uploaded = result.Files
            .Select(f => new UploadedFileOutput(f.FileName, f.FileType, f.Width, f.Height, f.DurationSeconds, f.CdnUrl?.AbsoluteUri))
            .ToList();
        var names = string.Join(", ", uploaded.Select(Describe));
        var message = $"Uploaded {uploaded.Count} file{(uploaded.Count == 1 ? "" : "s")} to project {session.SessionId}: {names}. " +
                      "Next: say what the clip should do with generate_or_edit, e.g. \"animate this character with a slow push-in\".";
        logger.LogInformation("Uploaded {Count} files to {SessionId}", uploaded.Count, session.SessionId);
        return new ToolAnswer<UploadOutput>(Prefix(session) + message, new UploadOutput(session.SessionId, uploaded, message));
    }

    public async Task<ToolAnswer<GenerateOrEditOutput>> GenerateOrEditAsync(
        string clientKey, string? instruction, RoutedIntent route, string? sessionId, IProgress<ProgressNotificationValue> progress, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(instruction))
        {
            throw new VideoBackendException(ErrorKind.InvalidInput,
                "Say what you want, e.g. \"animate this character image into a short clip with motion\" or \"add the title 'The Druid' for 3 seconds\".");
        }
        logger.LogInformation("Routed an instruction to {Action} by rule {Rule}", route.Action, route.Rule);
        switch (route.Action)
        {
            case SkillAction.Export:
                var export = await ExportAsync(clientKey, sessionId, null, progress, cancellationToken);
                return Routed("export", export.Text, export.Output.SessionId, export: export.Output);
            case SkillAction.Credits:
                var credits = await CreditsAsync(cancellationToken);
                return Routed("credits", credits.Text, sessionId, credits: credits.Output);
            case SkillAction.State:
                var state = await StateAsync(clientKey, sessionId, cancellationToken);
                return Routed("state", state.Text, state.Output.SessionId, state: state.Output);
            case SkillAction.Upload:
                var mentioned = MentionedFiles(instruction);
                if (mentioned.Count == 0)
                {
                    const string ask = "To add a file, call upload with its full path or an http(s) link (JPG, PNG, WEBP or GIF for animation).";
                    return Routed("upload", ask, sessionId, suggestedNext: "upload");
                }
                var upload = await UploadAsync(clientKey, mentioned, sessionId, cancellationToken);
                return Routed("upload", upload.Text, upload.Output.SessionId);
            default:
                return await ConverseAsync(clientKey, instruction, sessionId, progress, cancellationToken);
        }
    }

    /// <summary>The action a route names in structured results (message, export, credits, state, upload).</summary>
    public static string ActionName(RoutedIntent route) => route.Action.ToString().ToLowerInvariant();

    public async Task<ToolAnswer<StateOutput>> StateAsync(string clientKey, string? sessionId, CancellationToken cancellationToken)
    {
        var session = await sessions.ResolveAsync(clientKey, sessionId, UserLanguage.English, cancellationToken);
        var state = await backend.GetStateAsync(session.SessionId, cancellationToken);
        var output = ToStateOutput(state);
        var text = output.Timeline + (output.ReadyForExport ? " Ready to export." : "");
        return new ToolAnswer<StateOutput>(Prefix(session) + text, output);
    }

    public async Task<ToolAnswer<CreditsOutput>> CreditsAsync(CancellationToken cancellationToken)
    {
        var balance = await backend.GetCreditsAsync(cancellationToken);
        var output = new CreditsOutput(balance.Available, balance.Frozen, balance.Total, balance.Unlimited);
        var text = balance.Unlimited
            ? "Credits: unlimited on this machine's studio. Exporting is always free."
            : $"Credits: {balance.Available} available, {balance.Frozen} reserved by running work, {balance.Total} in all. " +
              "Generating a clip costs about 100, editing about 50; exporting is free.";
        return new ToolAnswer<CreditsOutput>(text, output);
    }

    public async Task<ToolAnswer<ExportOutput>> ExportAsync(
        string clientKey, string? sessionId, string? outputPath, IProgress<ProgressNotificationValue> progress, CancellationToken cancellationToken)
    {
        // Checked first: a bad path must cost no session, no render and no credits.
        var chosen = ExportDestination.FromArgument(outputPath, settings.Data);
        var session = await sessions.ResolveAsync(clientKey, sessionId, UserLanguage.English, cancellationToken);
        var destination = chosen ?? ExportDestination.Default(settings.Data, session.SessionId, time.GetUtcNow());
        var state = await backend.GetStateAsync(session.SessionId, cancellationToken);
        if (!state.Draft.IsReadyForExport)
        {
            throw new VideoBackendException(ErrorKind.NothingToExport);
        }
        var job = await RenderAsync(session.SessionId, state.Draft, progress, cancellationToken);
        var size = await VerifiedDownload.SaveAsync(backend, job, destination, cancellationToken);
        var link = new Uri(destination).AbsoluteUri;
        var look = await DeliveredClip.DescribeAsync(destination, job.PreviewUrl, logger, cancellationToken);
        var output = new ExportOutput(session.SessionId, job.Id, destination, link, size, job.OutputUrl?.AbsoluteUri, null,
            look?.DurationSeconds, look?.Width, look?.Height, look?.PreviewPath);
        var text = new StringBuilder()
            .Append($"Exported the MP4 ({MediaFormats.FormatSize(size)}{look?.Facts}): {destination}\nLink: {link}")
            .Append(look is null ? "" : $"\nPreview (contact sheet): {look.PreviewPath}")
            .Append(job.OutputUrl is null || job.OutputUrl.IsFile ? "" : $"\nDownload URL: {job.OutputUrl.AbsoluteUri}")
            .Append($"\n{TimelineSummary.Describe(state.Draft)}")
            .ToString();
        logger.LogInformation("Exported {RenderId} of {SessionId} to {Path} ({Bytes} bytes)", job.Id, session.SessionId, destination, size);
        return new ToolAnswer<ExportOutput>(Prefix(session) + text, output) { ImagePaths = look is null ? [] : [look.PreviewPath] };
    }

    private async Task<ToolAnswer<GenerateOrEditOutput>> ConverseAsync(
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
            notes.Add((await CreditsAsync(cancellationToken)).Text);
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
        var text = new StringBuilder(Prefix(session)).Append(said);
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

    private async Task<RenderJob> RenderAsync(string sessionId, Draft draft, IProgress<ProgressNotificationValue> progress, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(RenderTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        string? lastFailure = null;
        // A render refused or failed is tried once more under a new id (the reference's rule).
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var renderId = NewRenderId();
            RenderJob job;
            try
            {
                job = await backend.StartRenderAsync(new RenderRequest(renderId, sessionId, draft), linked.Token);
                while (!job.IsFinished)
                {
                    progress.Report(new ProgressNotificationValue { Progress = job.Progress, Total = 100, Message = $"Rendering… {job.Progress}%" });
                    await Task.Delay(backend.RenderPollInterval, time, linked.Token);
                    job = await backend.GetRenderAsync(renderId, linked.Token);
                }
            }
            catch (OperationCanceledException) when (linked.IsCancellationRequested)
            {
                await CancelQuietlyAsync(renderId);
                throw deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested
                    ? new VideoBackendException(ErrorKind.Timeout, "The render took longer than 15 minutes and was cancelled. Try a shorter clip, or export again.")
                    : new OperationCanceledException(cancellationToken);
            }
            catch (VideoBackendException e) when (e.Kind == ErrorKind.RenderFailed && attempt == 1)
            {
                lastFailure = e.Message;
                logger.LogWarning("Render {RenderId} was refused ({Reason}); retrying under a new id", renderId, e.Detail ?? e.Message);
                continue;
            }
            if (job.Status == RenderStatus.Completed)
            {
                progress.Report(new ProgressNotificationValue { Progress = 100, Total = 100, Message = "Rendered" });
                return job;
            }
            lastFailure = job.Error ?? (job.Status == RenderStatus.Cancelled ? "the render was cancelled" : "no reason given");
            logger.LogWarning("Render {RenderId} ended {Status}: {Reason}", renderId, job.Status, lastFailure);
        }
        throw new VideoBackendException(ErrorKind.RenderFailed,
            $"The video could not be rendered ({lastFailure}). It was tried twice; your timeline is kept, so export can be tried again.");
    }

    private async Task CancelQuietlyAsync(string renderId)
    {
        try
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10), time);
            await backend.CancelRenderAsync(renderId, grace.Token);
        }
        catch (Exception e) when (e is VideoBackendException or OperationCanceledException or HttpRequestException)
        {
            logger.LogWarning("Could not cancel render {RenderId}: {Reason}", renderId, e.Message);
        }
    }

    /// <summary>Downloads to a temporary file beside the destination, checks it is an MP4, then moves it into place.</summary>
    private string NewRenderId() => RenderRequest.NewId(time.GetUtcNow());

    private static StateOutput ToStateOutput(ProjectState state) => new(
        state.SessionId,
        TimelineSummary.Describe(state.Draft),
        TimelineSummary.DescribeLines(state.Draft),
        state.Draft.DurationMs / 1000.0,
        state.Draft.IsReadyForExport);

    private static ToolAnswer<GenerateOrEditOutput> Routed(
        string action, string text, string? sessionId, string? suggestedNext = null,
        StateOutput? state = null, CreditsOutput? credits = null, ExportOutput? export = null) =>
        new(text, new GenerateOrEditOutput(action, sessionId, null, null, state?.Timeline, suggestedNext, state, credits, export));

    private static string Prefix(ProjectSessions.Resolved session) =>
        session.ReplacedSessionId is { } gone
            ? $"Project {gone} no longer exists, so a new project {session.SessionId} was started. "
            : "";

    private static string Describe(UploadedFileOutput file) =>
        file.Width is { } w && file.Height is { } h ? $"{file.Name} ({file.Type}, {w}x{h})" : $"{file.Name} ({file.Type})";

    /// <summary>Absolute paths, <c>~/</c> paths and http(s) links written in the user's words.</summary>
    private static List<string> MentionedFiles(string words) =>
        MentionedFile().Matches(words).Select(m => m.Value.TrimEnd('.', ',', ';', ')', '"', '\'', '。', '，')).Distinct().ToList();

    [GeneratedRegex(@"(?:https?://[^\s""'<>]+|(?<![\w/])(?:~/|/)[^\s""'<>:]+\.[A-Za-z0-9]{2,5})", RegexOptions.CultureInvariant)]
    private static partial Regex MentionedFile();
}
