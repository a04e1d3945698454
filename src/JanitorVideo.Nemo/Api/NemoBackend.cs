using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Drafts;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Skill;
using JanitorVideo.Nemo.Configuration;
using JanitorVideo.Nemo.Sse;

namespace JanitorVideo.Nemo.Api;

/// <summary>
/// The cloud backend: NemoVideo's agent API over HTTP, as the reference describes it. Every request
/// carries the bearer token, the client id and the three attribution headers; uploads stream from
/// disk; renders are read in either poll shape; the reply stream is read as it arrives.
/// </summary>
/// <remarks>
/// Each call has its own time limit (<see cref="NemoTimeouts"/>, the reply stream's from
/// <see cref="NemoIntervals.ReplyStreamLimit"/>); the <see cref="HttpClient"/>'s own
/// timeout should be infinite. A limit that runs out is a <see cref="ErrorKind.Timeout"/> in plain
/// words; the caller's own cancellation stays a cancellation.
/// </remarks>
public sealed class NemoBackend(HttpClient http, INemoAccess access, SkillAttribution attribution, Uri webBase, NemoIntervals intervals,
    NemoTimeouts? timeouts = null) : IVideoBackend
{
    private readonly NemoTimeouts _timeouts = timeouts ?? new NemoTimeouts();

    private static readonly MediaTypeWithQualityHeaderValue EventStream = new("text/event-stream");

    public string Name => "cloud";

    public TimeSpan RenderPollInterval => intervals.RenderPoll;

    public async Task<BackendSession> CreateSessionAsync(string language, CancellationToken cancellationToken = default)
    {
        var data = await SendAsync(HttpMethod.Post, NemoPaths.CreateSession, JsonContent.Create(new { task_name = "project", language }), cancellationToken);
        var sessionId = data["session_id"]?.GetValue<string>()
            ?? throw new VideoBackendException(ErrorKind.Unexpected, ErrorCatalogue.Explain(ErrorKind.Unexpected), "a new session without session_id");
        var taskId = data["task_id"]?.GetValue<string>();
        return new BackendSession(sessionId, taskId, taskId is null ? null : attribution.ProjectLink(webBase, taskId, sessionId));
    }

    public async Task<BackendSession> EnsureSessionAsync(string sessionId, string language, CancellationToken cancellationToken = default)
    {
        try
        {
            await GetStateAsync(sessionId, cancellationToken);
            return new BackendSession(sessionId, null, null);
        }
        catch (VideoBackendException e) when (e.Kind is ErrorKind.SessionNotFound)
        {
            return await CreateSessionAsync(language, cancellationToken);
        }
    }

    public async Task<UploadResult> UploadAsync(string sessionId, IReadOnlyList<UploadSource> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var files = new List<UploadedMedia>();
        var applied = false;
        var paths = sources.OfType<UploadSource.LocalFile>().Select(source => source.Path).ToList();
        if (paths.Count > 0)
        {
            var streams = new List<FileStream>();
            try
            {
                // One request for all the files; each part reads its file as the request is written, never whole in memory.
                using var form = new MultipartFormDataContent();
                foreach (var path in paths)
                {
                    var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
                    streams.Add(stream);
                    form.Add(new StreamContent(stream, 1 << 16), "files", Path.GetFileName(path));
                }

                var data = await SendAsync(HttpMethod.Post, NemoPaths.Upload(sessionId), form, cancellationToken,
                    _timeouts.Upload(streams.Sum(stream => stream.Length)));
                applied |= ReadUploaded(data, files);
            }
            finally
            {
                streams.ForEach(stream => stream.Dispose());
            }
        }

        var urls = sources.OfType<UploadSource.RemoteUrl>().Select(source => source.Url.AbsoluteUri).ToList();
        if (urls.Count > 0)
        {
            var data = await SendAsync(HttpMethod.Post, NemoPaths.Upload(sessionId), JsonContent.Create(new { urls, source_type = "url" }), cancellationToken);
            applied |= ReadUploaded(data, files);
        }

        return new UploadResult(files, applied);
    }

    public async IAsyncEnumerable<AgentEvent> SendMessageAsync(string sessionId, string message, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var body = new { app_name = "nemo_agent", user_id = "me", session_id = sessionId, new_message = new { parts = new[] { new { text = message } } } };
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(intervals.ReplyStreamLimit);
        using var request = await CallLimit.WithinAsync(limit, () => RequestAsync(HttpMethod.Post, NemoPaths.RunSse, JsonContent.Create(body), limit.Token), cancellationToken);
        request.Headers.Accept.Add(EventStream);
        // Sent once: a message is never sent again, whatever happens to its stream (it would be done and charged twice).
        using var response = await CallLimit.WithinAsync(limit, () => http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token), cancellationToken);
        if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != EventStream.MediaType)
        {
            await CallLimit.WithinAsync(limit, async () => await ReadRefusalAsync(request, response, limit.Token), cancellationToken);
            throw NemoAnswer.Refusal(response.StatusCode, null, "The video service answered the message with something other than a reply stream.");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(limit.Token);
        await using var events = TrailingTemporaryIssue.DropAsync(new SseEventReader(stream).ReadAsync(limit.Token), limit.Token).GetAsyncEnumerator(limit.Token);
        while (true)
        {
            bool more;
            try
            {
                more = await CallLimit.WithinAsync(limit, () => events.MoveNextAsync().AsTask(), cancellationToken);
            }
            catch (VideoBackendException e) when (e.Kind == ErrorKind.BackendUnreachable)
            {
                // The service took the message and the stream broke: what it did shows in the state; the message is never sent again.
                throw new ReplyDroppedException(e.Detail ?? e.Message, e);
            }

            if (!more)
            {
                yield break;
            }

            yield return events.Current;
        }
    }

    public async Task<ProjectState> GetStateAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var data = await SendAsync(HttpMethod.Get, NemoPaths.State(sessionId), null, cancellationToken);
        var state = data["state"] as JsonObject ?? [];
        var draft = state["draft"] is JsonObject node ? Draft.FromNode(node) : Draft.Empty;
        return new ProjectState(sessionId, draft, state);
    }

    public async Task<CreditBalance> GetCreditsAsync(CancellationToken cancellationToken = default)
    {
        var data = await SendAsync(HttpMethod.Get, NemoPaths.Balance, null, cancellationToken);
        long Number(string name) => (long)(DraftValues.Number(data, name) ?? 0);
        var available = Number("available");
        var frozen = Number("frozen");
        var total = DraftValues.Number(data, "total") is { } stated ? (long)stated : available + frozen;
        return new CreditBalance(available, frozen, total, DraftValues.Flag(data, "unlimited") == true);
    }

    public async Task<RenderJob> StartRenderAsync(RenderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Draft.IsReadyForExport)
        {
            // Checked here: a render of an empty timeline can only fail, and the service's refusal would name no kind.
            throw new VideoBackendException(ErrorKind.NothingToExport);
        }

        var body = new JsonObject
        {
            ["id"] = request.RenderId,
            ["sessionId"] = request.SessionId,
            ["draft"] = request.Draft.ToJsonNode(),
            ["output"] = new JsonObject { ["format"] = request.Format, ["quality"] = request.Quality },
        };
        var answer = await SendForBodyAsync(HttpMethod.Post, NemoPaths.StartRender, JsonContent.Create(body), cancellationToken);
        return RenderAnswer.Read(answer, request.RenderId, http.BaseAddress!);
    }

    public async Task<RenderJob> GetRenderAsync(string renderId, CancellationToken cancellationToken = default) =>
        RenderAnswer.Read(await SendForBodyAsync(HttpMethod.Get, NemoPaths.Render(renderId), null, cancellationToken), renderId, http.BaseAddress!);

    public async Task CancelRenderAsync(string renderId, CancellationToken cancellationToken = default) =>
        await SendForBodyAsync(HttpMethod.Post, NemoPaths.CancelRender(renderId), null, cancellationToken);

    public async Task DownloadAsync(RenderJob job, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_timeouts.Download);
        var fallback = new Uri(http.BaseAddress!, NemoPaths.Download(job.Id));
        var first = job.OutputUrl is { Scheme: "http" or "https" } url ? url : fallback;
        await CallLimit.WithinAsync(limit, async () =>
        {
            var written = destination.CanSeek ? destination.Position : 0;
            try
            {
                await FetchAsync(first, destination, limit.Token);
            }
            catch (Exception e) when (first != fallback && e is VideoBackendException or HttpRequestException
                && destination.CanSeek && destination.Position == written)
            {
                // The link failed before a byte arrived (known only where the destination can tell): the service's own download path, as the reference offers.
                await FetchAsync(fallback, destination, limit.Token);
            }

            return true;
        }, cancellationToken);
    }

    /// <summary>Streams <paramref name="source"/> into <paramref name="destination"/>; the token goes only to the service's own host, never to a CDN's.</summary>
    private async Task FetchAsync(Uri source, Stream destination, CancellationToken cancellationToken)
    {
        var own = Uri.Compare(source, http.BaseAddress, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
        using var request = own ? await RequestAsync(HttpMethod.Get, source.AbsoluteUri, null, cancellationToken) : new HttpRequestMessage(HttpMethod.Get, source);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            await ReadRefusalAsync(request, response, cancellationToken);
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        await body.CopyToAsync(destination, cancellationToken);
    }

    /// <summary>Reads a refusal, forgetting the token when the service says it is no longer valid (1001), then throws it.</summary>
    private async Task<JsonObject> ReadRefusalAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var token = request.Headers.Authorization?.Parameter;
        try
        {
            return await NemoAnswer.ReadAsync(response, cancellationToken, token);
        }
        catch (VideoBackendException e) when (e.Kind == ErrorKind.TokenInvalid && token is not null)
        {
            access.Rejected(token);
            throw;
        }
    }

    private async Task<JsonObject> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken, TimeSpan? within = null) =>
        (await SendForBodyAsync(method, path, content, cancellationToken, within))["data"] as JsonObject
        ?? throw new VideoBackendException(ErrorKind.Unexpected, ErrorCatalogue.Explain(ErrorKind.Unexpected), $"{path} answered without data");

    private async Task<JsonObject> SendForBodyAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken, TimeSpan? within = null)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(within ?? _timeouts.Call);
        return await CallLimit.WithinAsync(limit, async () =>
        {
            using var request = await RequestAsync(method, path, content, limit.Token);
            using var response = await http.SendAsync(request, limit.Token);
            return await ReadRefusalAsync(request, response, limit.Token);
        }, cancellationToken);
    }

    private async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await access.TokenAsync(cancellationToken));
        request.Headers.Add("X-Client-Id", access.ClientId);
        foreach (var (name, value) in attribution.Headers)
        {
            request.Headers.Add(name, value);
        }

        return request;
    }

    private static bool ReadUploaded(JsonObject data, List<UploadedMedia> files)
    {
        foreach (var file in (data["files"] as JsonArray ?? []).OfType<JsonObject>())
        {
            files.Add(new UploadedMedia(
                DraftValues.Text(file, "filename") ?? "",
                DraftValues.Text(file, "file_type") ?? "",
                DraftValues.Text(file, "cdn_url") is { } url && Uri.TryCreate(url, UriKind.Absolute, out var link) ? link : null,
                DraftValues.Number(file, "duration"),
                (int?)DraftValues.Number(file, "width"),
                (int?)DraftValues.Number(file, "height"),
                DraftValues.Number(file, "fps"),
                DraftValues.Text(file, "hash")));
        }

        return DraftValues.Flag(data, "session_state_applied") == true;
    }
}
