using System.Text;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Drafts;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Media;
using JanitorVideo.Render.Ffmpeg;

namespace JanitorVideo.Server.Cli;

/// <summary>
/// One clip through the backend contract, as the MCP tools drive it: a session, the uploads, the
/// agent's turn, the render (polled, with progress), the download to a temporary file that must be
/// an MP4 before it is moved into place.
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
        var renderId = $"render_{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}_{Guid.NewGuid().ToString("N")[..8]}";
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
        await DownloadAsync(job, target, cancellationToken);
        return new Result(TimelineSummary.Describe(draft), job.PreviewUrl);
    }

    private async Task DownloadAsync(RenderJob job, string target, CancellationToken cancellationToken)
    {
        var partial = target + ".part";
        try
        {
            var file = new FileStream(partial, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: true);
            await using (file)
            {
                await backend.DownloadAsync(job, file, cancellationToken);
                file.Position = 0;
                var head = new byte[64];
                var read = await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
                if (MediaFormats.Sniff(head.AsSpan(0, read)) != MediaFormats.Mp4)
                {
                    throw new VideoBackendException(ErrorKind.RenderFailed, "The rendered file is not an MP4, so it was not saved.");
                }
            }

            File.Move(partial, target, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
