using System.Text;
using System.Text.RegularExpressions;
using JanitorVideo.Core;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Drafts;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Media;
using JanitorVideo.Core.Routing;
using JanitorVideo.Core.Skill;
using JanitorVideo.Core.Translation;
using JanitorVideo.Server.Configuration;
using JanitorVideo.Server.Export;
using JanitorVideo.Server.Tools;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace JanitorVideo.Server.Skill;

/// <summary>
/// What each tool does, in the skill's words: the routed words dispatched to their action, uploads
/// checked before the backend sees them, state and credits told in plain words, the export delivered
/// through <see cref="ExportService"/> and the agent's turn through <see cref="ProjectConversation"/>.
/// Every public method returns text for the model plus structured content, or throws
/// <see cref="VideoBackendException"/> with words for the user.
/// </summary>
public sealed partial class ProjectWorkflow(
    IVideoBackend backend,
    ProjectSessions sessions,
    UploadInputs uploadInputs,
    ProjectConversation conversation,
    ExportJobs exports,
    TurnJobs turns,
    JanitorSettings settings,
    TimeProvider time,
    ILogger<ProjectWorkflow> logger)
{

    /// <param name="area">Where local files may be; the studio's confinement for clients over HTTP (see <see cref="AllowedArea"/>). Anywhere when null.</param>
    public async Task<ToolAnswer<UploadOutput>> UploadAsync(string clientKey, IReadOnlyList<string>? files, string? sessionId, CancellationToken cancellationToken,
        AllowedArea? area = null)
    {
        var sources = await uploadInputs.CheckAsync(files, cancellationToken, area ?? Restricted());
        return await sessions.WithProjectAsync(clientKey, sessionId, UserLanguage.English, async session =>
        {
            var result = await backend.UploadAsync(session.SessionId, [.. sources.Select(s => s.Source)], cancellationToken);
            return Uploaded(session, result);
        }, cancellationToken);
    }

    private ToolAnswer<UploadOutput> Uploaded(ProjectSessions.Resolved session, UploadResult result)
    {
        var uploaded = result.Files
            .Select(f => new UploadedFileOutput(f.FileName, f.FileType, f.Width, f.Height, f.DurationSeconds, f.CdnUrl?.AbsoluteUri))
            .ToList();
        var names = string.Join(", ", uploaded.Select(Describe));
        var message = $"Uploaded {uploaded.Count} file{(uploaded.Count == 1 ? "" : "s")} to project {session.SessionId}: {names}. " +
                      "Next: say what the clip should do with generate_or_edit, e.g. \"animate this character with a slow push-in\".";
        logger.LogInformation("Uploaded {Count} files to {SessionId}", uploaded.Count, session.SessionId);
        return new ToolAnswer<UploadOutput>(session.Notice + message, new UploadOutput(session.SessionId, uploaded, message));
    }

    /// <param name="workspace">Where an export asked for in words goes (see <see cref="ExportAsync(string, string?, string?, IProgress{ProgressNotificationValue}, CancellationToken, string?)"/>).</param>
    /// <param name="ask">Puts a costly message to the user before it is sent (see <see cref="ProjectConversation"/>).</param>
    public async Task<ToolAnswer<GenerateOrEditOutput>> GenerateOrEditAsync(
        string clientKey, string? instruction, RoutedIntent route, string? sessionId, IProgress<ProgressNotificationValue> progress, CancellationToken cancellationToken,
        string? workspace = null, AskToSpend? ask = null, AllowedArea? area = null)
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
                var export = await ExportAsync(clientKey, sessionId, null, progress, cancellationToken, workspace, area);
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
                    const string howTo = "To add a file, call upload with its full path or an http(s) link (JPG, PNG, WEBP or GIF for animation).";
                    return Routed("upload", howTo, sessionId, suggestedNext: "upload");
                }
                var upload = await UploadAsync(clientKey, mentioned, sessionId, cancellationToken, area);
                return Routed("upload", upload.Text, upload.Output.SessionId);
            default:
                return await conversation.ConverseAsync(clientKey, instruction, sessionId, progress, cancellationToken, ask);
        }
    }

    // Without an area from the call: none for a local user, the settings' own for clients over HTTP.
    private AllowedArea Restricted() => AllowedArea.For(settings, null);

    /// <summary>The action a route names in structured results (message, export, credits, state, upload).</summary>
    public static string ActionName(RoutedIntent route) => route.Action.ToString().ToLowerInvariant();

    public Task<ToolAnswer<StateOutput>> StateAsync(string clientKey, string? sessionId, CancellationToken cancellationToken) =>
        sessions.WithProjectAsync(clientKey, sessionId, UserLanguage.English, async session =>
        {
            var state = await backend.GetStateAsync(session.SessionId, cancellationToken);
            var output = ToStateOutput(state);
            var text = output.Timeline + (output.ReadyForExport ? " Ready to export." : "");
            // A turn still running, or its reply that came after its call answered, is told first.
            return new ToolAnswer<StateOutput>(session.Notice + await turns.NoteAsync(session.SessionId) + text, output);
        }, cancellationToken);

    public async Task<ToolAnswer<CreditsOutput>> CreditsAsync(CancellationToken cancellationToken)
    {
        var balance = await backend.GetCreditsAsync(cancellationToken);
        return new ToolAnswer<CreditsOutput>(CreditWords.Describe(balance), CreditWords.Output(balance));
    }

    /// <param name="workspace">Where the MP4 goes when no <paramref name="outputPath"/> is given (the client's workspace); the data folder's exports when null.</param>
    /// <param name="area">Where the client may write (see <see cref="AllowedArea"/>); anywhere when null, except for clients over HTTP.</param>
    public async Task<ToolAnswer<ExportOutput>> ExportAsync(
        string clientKey, string? sessionId, string? outputPath, IProgress<ProgressNotificationValue> progress, CancellationToken cancellationToken,
        string? workspace = null, AllowedArea? area = null)
    {
        // Checked first: a bad path must cost no session, no render and no credits.
        var entered = time.GetTimestamp();
        var chosen = ExportDestination.FromArgument(outputPath, settings.Data, area ?? Restricted());
        return await sessions.WithProjectAsync(clientKey, sessionId, UserLanguage.English,
            session => ExportAsync(session, chosen, workspace, entered, progress, cancellationToken), cancellationToken);
    }

    // The default path a "rendering" answer named, per project: the export that collects the render delivers there.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _promised = new(StringComparer.Ordinal);

    private async Task<ToolAnswer<ExportOutput>> ExportAsync(
        ProjectSessions.Resolved session, string? chosen, string? workspace, long entered, IProgress<ProgressNotificationValue> progress, CancellationToken cancellationToken)
    {
        var destination = chosen
                          ?? (_promised.TryGetValue(session.SessionId, out var promised) ? promised : null)
                          ?? ExportDestination.Default(settings.Data, session.SessionId, time.GetUtcNow(), workspace);
        var state = await backend.GetStateAsync(session.SessionId, cancellationToken);
        if (!state.Draft.IsReadyForExport)
        {
            throw new VideoBackendException(ErrorKind.NothingToExport);
        }
        var outcome = await exports.ExportAsync(new ExportRequest(session.SessionId, state.Draft, destination),
            new DirectProgress<ExportProgress>(step => progress.Report(new ProgressNotificationValue { Progress = step.Percent, Total = 100, Message = step.Message })),
            cancellationToken, spent: time.GetElapsedTime(entered));
        var link = new Uri(destination).AbsoluteUri;
        if (outcome.Clip is not { } clip)
        {
            // Still rendering after the call's wait: it goes on, and the next export collects it (at the path named now).
            if (chosen is null)
            {
                _promised[session.SessionId] = destination;
            }

            var running = $"Still rendering {outcome.RenderId ?? "the clip"} ({outcome.Percent} %): nothing is lost, the render goes on. " +
                          $"Call export again{(chosen is null ? "" : " with the same output_path")} in a little while to collect the MP4.";
            return new ToolAnswer<ExportOutput>(session.Notice + running,
                new ExportOutput(session.SessionId, "rendering", outcome.RenderId, outcome.Percent, false, destination, link, null, null, session.ProjectLink?.AbsoluteUri));
        }

        if (chosen is null)
        {
            _promised.TryRemove(session.SessionId, out _);
        }

        var facts = clip.Facts;
        var output = new ExportOutput(session.SessionId, "exported", clip.Job.Id, 100, outcome.Reused, destination, link, clip.SizeBytes, clip.Job.OutputUrl?.AbsoluteUri,
            session.ProjectLink?.AbsoluteUri, facts?.DurationSeconds, facts?.Width, facts?.Height, facts?.PreviewPath);
        var text = new StringBuilder()
            .Append(outcome.Reused ? "The project is unchanged since its last export, so that MP4 was handed out again (no new render). " : "")
            .Append($"Exported the MP4 ({MediaFormats.FormatSize(clip.SizeBytes)}{facts?.Summary}): {destination}\nLink: {link}")
            .Append(facts is null ? "" : $"\nPreview (contact sheet): {facts.PreviewPath}")
            .Append(clip.Job.OutputUrl is null || clip.Job.OutputUrl.IsFile ? "" : $"\nDownload URL: {clip.Job.OutputUrl.AbsoluteUri}")
            .Append(session.ProjectLink is null ? "" : $"\nOpen the project in NemoVideo: {session.ProjectLink.AbsoluteUri}")
            .Append($"\n{TimelineSummary.Describe(state.Draft)}")
            .ToString();
        return new ToolAnswer<ExportOutput>(session.Notice + text, output)
        {
            ImagePaths = facts is null ? [] : [facts.PreviewPath],
            Video = new DeliveredVideo(destination, clip.SizeBytes),
        };
    }

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

    private static string Describe(UploadedFileOutput file) =>
        file.Width is { } w && file.Height is { } h ? $"{file.Name} ({file.Type}, {w}x{h})" : $"{file.Name} ({file.Type})";

    /// <summary>Absolute paths, <c>~/</c> paths and http(s) links written in the user's words.</summary>
    private static List<string> MentionedFiles(string words) =>
        MentionedFile().Matches(words).Select(m => m.Value.TrimEnd('.', ',', ';', ')', '"', '\'', '。', '，')).Distinct().ToList();

    [GeneratedRegex(@"(?:https?://[^\s""'<>]+|(?<![\w/])(?:~/|/)[^\s""'<>:]+\.[A-Za-z0-9]{2,5})", RegexOptions.CultureInvariant)]
    private static partial Regex MentionedFile();
}
