using System.Text;
using JanitorVideo.Core;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Drafts;
using JanitorVideo.Core.Errors;
using JanitorVideo.Server.Export;

namespace JanitorVideo.Server.Cli;

/// <summary>
/// One clip through the backend contract, as the MCP tools drive it: a session, the uploads, the
/// agent's turn, then the same <see cref="ExportService"/> the <c>export</c> tool uses (render with
/// retry and time limit, verified download, description).
/// </summary>
internal sealed class StudioAnimation(IVideoBackend backend, ExportService exports, TextWriter stderr)
{
    /// <summary>What was made, for the closing line on stderr.</summary>
    public sealed record Result(string Summary, ExportedClip Clip);

    public async Task<Result> RunAsync(IReadOnlyList<string> files, string words, Func<Draft, Draft> finish, string quality,
        string target, ProgressBar bar, CancellationToken cancellationToken)
    {
        var session = await backend.CreateSessionAsync("en", cancellationToken);
        bar.Show("Uploading", 0);
        await backend.UploadAsync(session.SessionId, [.. files.Select(path => (UploadSource)new UploadSource.LocalFile(path))], cancellationToken);

        var reply = new StringBuilder();
        await foreach (var item in backend.SendMessageAsync(session.SessionId, words, cancellationToken))
        {
            if (item is AgentEvent.Text text)
            {
                reply.Append(text.Content);
            }
        }

        var state = await backend.GetStateAsync(session.SessionId, cancellationToken);
        if (!state.Draft.IsReadyForExport)
        {
            throw new VideoBackendException(ErrorKind.NothingToExport,
                $"The studio did not make a clip from \"{words}\": {(reply.Length > 0 ? reply.ToString() : "it said nothing")}");
        }

        bar.Finish();
        await stderr.WriteLineAsync($"studio: {reply}");
        var draft = finish(state.Draft);
        var clip = await exports.ExportAsync(new ExportRequest(session.SessionId, draft, target, quality),
            new DirectProgress<ExportProgress>(step => bar.Show("Rendering", step.Percent)), cancellationToken);
        return new Result(TimelineSummary.Describe(draft), clip);
    }
}
