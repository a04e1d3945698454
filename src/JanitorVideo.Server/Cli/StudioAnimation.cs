using System.Text;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Drafts;
using JanitorVideo.Core.Errors;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Server.Skill;

namespace JanitorVideo.Server.Cli;

/// <summary>
/// One clip through the backend contract, as the MCP tools drive it: a session, the uploads, the
/// agent's turn, the render (polled, with progress), the verified download (<see cref="VerifiedDownload"/>).
/// </summary>
internal sealed class StudioAnimation(IVideoBackend backend, TextWriter stderr)
{
    /// <summary>What was made, for the closing line on stderr.</summary>
    public sealed record Result(string Summary, Uri? PreviewUrl);

    public async Task<Result> RunAsync(IReadOnlyList<string> files, string words, Func<Draft, Draft> finish, EncodeQuality quality,
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
        var renderId = RenderRequest.NewId(DateTimeOffset.UtcNow);
        var job = await backend.StartRenderAsync(new RenderRequest(renderId, session.SessionId, draft, Quality: quality.ToString().ToLowerInvariant()), cancellationToken);
        try
        {
            while (!job.IsFinished)
            {
                bar.Show("Rendering", job.Progress);
                await Task.Delay(backend.RenderPollInterval, cancellationToken);
                job = await backend.GetRenderAsync(renderId, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            await backend.CancelRenderAsync(renderId, CancellationToken.None);
            throw;
        }

        if (job.Status != RenderStatus.Completed)
        {
            throw new VideoBackendException(ErrorKind.RenderFailed, $"The render {job.Status.ToString().ToLowerInvariant()}: {job.Error ?? "no reason given"}");
        }

        bar.Show("Rendering", 100);
        await VerifiedDownload.SaveAsync(backend, job, target, cancellationToken);
        return new Result(TimelineSummary.Describe(draft), job.PreviewUrl);
    }
}
