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
using JanitorVideo.Core.Media;
using JanitorVideo.Nemo.Identity;
using JanitorVideo.Nemo.Sse;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace JanitorVideo.Nemo.Api;

/// <summary>
/// The cloud backend: NemoVideo's agent API over HTTP, as the reference describes it. Every request
/// carries the bearer token, the client id and the three attribution headers; every call keeps the
/// reference's error rules (<see cref="NemoRecovery"/>); uploads stream from disk; renders are read
/// in either poll shape; the reply stream is read as it arrives and a message is never sent twice.
/// </summary>
/// <remarks>
/// Each call has its own time limit (<see cref="NemoTimeouts"/>, the reply stream's from
/// <see cref="NemoIntervals.ReplyStreamLimit"/>), kept by <see cref="TimeProvider"/>; the
/// <see cref="HttpClient"/>'s own timeout should be infinite. A limit that runs out is a
/// <see cref="ErrorKind.Timeout"/> in plain words; the caller's own cancellation stays a cancellation.
/// </remarks>
public sealed class NemoBackend : IVideoBackend
{
    private static readonly MediaTypeWithQualityHeaderValue EventStream = new("text/event-stream");

    private readonly HttpClient _http;
    private readonly INemoAccess _access;
    private readonly SkillAttribution _attribution;
    private readonly Uri _webBase;
    private readonly NemoIntervals _intervals;
    private readonly NemoTimeouts _timeouts;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline<NemoReply> _recovery;

    /// <param name="http">Its base address is the API's (ending in '/'); its own timeout should be infinite.</param>
    /// <param name="webBase">The web app, for project links and the registration link.</param>
    public NemoBackend(HttpClient http, INemoAccess access, SkillAttribution attribution, Uri webBase, NemoIntervals intervals,
        NemoTimeouts? timeouts = null, TimeProvider? time = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(attribution);
        ArgumentNullException.ThrowIfNull(webBase);
        ArgumentNullException.ThrowIfNull(intervals);
        _http = http;
        _access = access;
        _attribution = attribution;
        _webBase = webBase;
        _intervals = intervals;
        _timeouts = timeouts ?? new NemoTimeouts();
        _time = time ?? TimeProvider.System;
        _recovery = NemoRecovery.Build(access, intervals, _time, logger ?? NullLogger.Instance);
    }

    public string Name => "cloud";

    /// <summary>The service the renders come from: its engine is its own, so its address stands for it.</summary>
    /// <summary>The reference's figures; the service's own charge is read from the balance afterwards.</summary>
    public CreditPrices? Prices => CreditPrices.NemoVideo;

    public string RenderSignature => "cloud/" + _http.BaseAddress?.AbsoluteUri;

    public TimeSpan RenderPollInterval => _intervals.RenderPoll;

    /// <inheritdoc/>
    public string ExportQuality => "high";

    /// <summary>Where an anonymous user registers to keep going, bound to this client id (<c>?bind=</c>); null for a user with their own token.</summary>
    public Uri? RegistrationLink => _access.IsAnonymous
        ? new Uri(_webBase, "register?bind=" + Uri.EscapeDataString(_access.ClientId))
        : null;

    public async Task<BackendSession> CreateSessionAsync(string language, CancellationToken cancellationToken = default)
    {
        var data = await DataAsync(new("a new project", Idempotent: false, _timeouts.Call), HttpMethod.Post, NemoPaths.CreateSession,
            () => JsonContent.Create(new { task_name = "project", language }), cancellationToken);
        var sessionId = data["session_id"]?.GetValue<string>()
            ?? throw new VideoBackendException(ErrorKind.Unexpected, ErrorCatalogue.Explain(ErrorKind.Unexpected), "a new session without session_id");
        var taskId = data["task_id"]?.GetValue<string>();
        return new BackendSession(sessionId, taskId, taskId is null ? null : _attribution.ProjectLink(_webBase, taskId, sessionId));
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
            var bytes = paths.Sum(path => new FileInfo(path).Length);
            // One request for all the files, made again for a retry; each part reads its file as the request is written, never whole in memory.
            var data = await DataAsync(new("the upload", Idempotent: false, _timeouts.Upload(bytes)), HttpMethod.Post, NemoPaths.Upload(sessionId),
                () => FilesContent(paths), cancellationToken);
            applied |= ReadUploaded(data, files);
        }

        var urls = sources.OfType<UploadSource.RemoteUrl>().Select(source => source.Url.AbsoluteUri).ToList();
        if (urls.Count > 0)
        {
            var data = await DataAsync(new("the upload by URL", Idempotent: false, _timeouts.Call), HttpMethod.Post, NemoPaths.Upload(sessionId),
                () => JsonContent.Create(new { urls, source_type = "url" }), cancellationToken);
            applied |= ReadUploaded(data, files);
        }

        return new UploadResult(files, applied);
    }

    public async IAsyncEnumerable<AgentEvent> SendMessageAsync(string sessionId, string message, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var body = new { app_name = "nemo_agent", user_id = "me", session_id = sessionId, new_message = new { parts = new[] { new { text = message } } } };
        using var own = new CancellationTokenSource(_intervals.ReplyStreamLimit, _time);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, own.Token);
        // The message goes out again only when the service refused it outright (rate limit, expired
        // token): it was never taken. Once a stream opens, or when the answer is lost, never again.
        var reply = await Within(own, () => CallAsync(new("the message", Idempotent: false, Timeout.InfiniteTimeSpan, LostAnswerIsDrop: true), HttpMethod.Post, NemoPaths.RunSse,
            () => JsonContent.Create(body), limit.Token, openStream: true), cancellationToken);
        if (reply.Stream is null)
        {
            throw reply.Succeeded
                ? new VideoBackendException(ErrorKind.Unexpected, ErrorCatalogue.Explain(ErrorKind.Unexpected), "the message was answered with something other than a reply stream")
                : NemoAnswer.Refusal(reply, Context());
        }

        using var response = reply.Stream;
        await using var stream = await Within(own, () => response.Content.ReadAsStreamAsync(limit.Token), cancellationToken);
        await using var events = TrailingTemporaryIssue.DropAsync(new SseEventReader(stream).ReadAsync(limit.Token), limit.Token).GetAsyncEnumerator(limit.Token);
        while (true)
        {
            bool more;
            try
            {
                more = await Within(own, () => events.MoveNextAsync().AsTask(), cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                // The service took the message and the stream broke: what it did shows in the state; the message is never sent again.
                throw new ReplyDroppedException(e.Message, e);
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
        var data = await DataAsync(new("the project's state", Idempotent: true, _timeouts.Call), HttpMethod.Get, NemoPaths.State(sessionId), null, cancellationToken);
        var state = data["state"] as JsonObject ?? [];
        var draft = state["draft"] is JsonObject node ? Draft.FromNode(node) : Draft.Empty;
        return new ProjectState(sessionId, draft, state);
    }

    public async Task<CreditBalance> GetCreditsAsync(CancellationToken cancellationToken = default)
    {
        var data = await DataAsync(new("the credit balance", Idempotent: true, _timeouts.Call), HttpMethod.Get, NemoPaths.Balance, null, cancellationToken);
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
        var answer = await BodyAsync(new("the render start", Idempotent: false, _timeouts.Call), HttpMethod.Post, NemoPaths.StartRender,
            () => JsonContent.Create(body), cancellationToken);
        return RenderAnswer.Read(answer, request.RenderId, _http.BaseAddress!);
    }

    public async Task<RenderJob> GetRenderAsync(string renderId, CancellationToken cancellationToken = default) =>
        RenderAnswer.Read(await BodyAsync(new("the render's progress", Idempotent: true, _timeouts.Call), HttpMethod.Get, NemoPaths.Render(renderId), null, cancellationToken),
            renderId, _http.BaseAddress!);

    public async Task CancelRenderAsync(string renderId, CancellationToken cancellationToken = default) =>
        await BodyAsync(new("the render's cancel", Idempotent: true, _timeouts.Call), HttpMethod.Post, NemoPaths.CancelRender(renderId), null, cancellationToken);

    public async Task DownloadAsync(RenderJob job, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(destination);
        using var own = new CancellationTokenSource(_timeouts.Download, _time);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, own.Token);
        var fallback = new Uri(_http.BaseAddress!, NemoPaths.Download(job.Id));
        var first = job.OutputUrl is { Scheme: "http" or "https" } url ? url : fallback;
        var written = destination.CanSeek ? destination.Position : 0;
        try
        {
            await Within(own, () => FetchAsync(first, destination, limit.Token), cancellationToken);
        }
        catch (VideoBackendException e) when (first != fallback && e.Kind is not ErrorKind.Timeout && destination.CanSeek && destination.Position == written)
        {
            // The link failed before a byte arrived (known only where the destination can tell): the service's own download path, as the reference offers.
            await Within(own, () => FetchAsync(fallback, destination, limit.Token), cancellationToken);
        }
    }

    /// <summary>
    /// Streams <paramref name="source"/> into <paramref name="destination"/>; the token goes only to
    /// the service's own host, never to a CDN's. A refusal (before any byte) is retried by the rules;
    /// a failure mid-body is not, since part of the file may be written.
    /// </summary>
    private async Task<bool> FetchAsync(Uri source, Stream destination, CancellationToken cancellationToken)
    {
        var own = Uri.Compare(source, _http.BaseAddress, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
        var reply = await NemoRecovery.RunAsync(_recovery, new("the download", Idempotent: false, Timeout.InfiniteTimeSpan), async limit =>
        {
            using var request = own ? await RequestAsync(HttpMethod.Get, source.AbsoluteUri, null, limit) : new HttpRequestMessage(HttpMethod.Get, source);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit);
            if (!response.IsSuccessStatusCode)
            {
                return await NemoReply.ReadAsync(response, request.Headers.Authorization?.Parameter, _time, limit);
            }

            await using var body = await response.Content.ReadAsStreamAsync(limit);
            await body.CopyToAsync(destination, limit);
            return new NemoReply(response.StatusCode, null, null, [], null);
        }, cancellationToken);
        NemoAnswer.Body(reply, Context());
        return true;
    }

    /// <summary>
    /// Runs <paramref name="work"/> under a limit of this backend's own (<paramref name="own"/>, not
    /// the caller's): the limit running out is a timeout in plain words.
    /// </summary>
    private static async Task<T> Within<T>(CancellationTokenSource own, Func<Task<T>> work, CancellationToken caller)
    {
        try
        {
            return await work();
        }
        catch (OperationCanceledException) when (own.IsCancellationRequested && !caller.IsCancellationRequested)
        {
            throw NemoRecovery.NoAnswerInTime("over this call's own limit");
        }
    }

    private async Task<JsonObject> DataAsync(NemoCall call, HttpMethod method, string path, Func<HttpContent>? content, CancellationToken cancellationToken) =>
        NemoAnswer.Data(await CallAsync(call, method, path, content, cancellationToken), Context(), call.Name);

    private async Task<JsonObject> BodyAsync(NemoCall call, HttpMethod method, string path, Func<HttpContent>? content, CancellationToken cancellationToken) =>
        NemoAnswer.Body(await CallAsync(call, method, path, content, cancellationToken), Context());

    /// <summary>
    /// One call under the recovery rules; each attempt builds its request afresh (a request is sent
    /// once), with the token current at that moment.
    /// </summary>
    /// <param name="openStream">An accepted answer is an event stream, handed back open in <see cref="NemoReply.Stream"/>.</param>
    private Task<NemoReply> CallAsync(NemoCall call, HttpMethod method, string path, Func<HttpContent>? content, CancellationToken cancellationToken,
        bool openStream = false) =>
        NemoRecovery.RunAsync(_recovery, call, async attempt =>
        {
            // The token first, outside the call's limit: asking for one keeps rules of its own (a rate limit waited out).
            using var request = await RequestAsync(method, path, content?.Invoke(), attempt);
            var token = request.Headers.Authorization?.Parameter;
            return await NemoRecovery.WithinAsync(call.Limit, _time, async limit =>
            {
                if (!openStream)
                {
                    using var answer = await _http.SendAsync(request, limit);
                    return await NemoReply.ReadAsync(answer, token, _time, limit);
                }

                request.Headers.Accept.Add(EventStream);
                var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit);
                if (response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == EventStream.MediaType)
                {
                    return new NemoReply(response.StatusCode, null, null, null, null) { Stream = response, Token = token };
                }

                using (response)
                {
                    return await NemoReply.ReadAsync(response, token, _time, limit);
                }
            }, attempt);
        }, cancellationToken);

    private RefusalContext Context() => new(RegistrationLink, SuppliedToken: !_access.IsAnonymous);

    private async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        try
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _access.TokenAsync(cancellationToken));
        }
        catch
        {
            request.Dispose();
            throw;
        }

        request.Headers.Add(ClientIdentity.ClientIdHeader, _access.ClientId);
        foreach (var (name, value) in _attribution.Headers)
        {
            request.Headers.Add(name, value);
        }

        return request;
    }

    /// <summary>The files as multipart parts named <c>files</c>, each with its type, read from disk as the request is written.</summary>
    private static MultipartFormDataContent FilesContent(IReadOnlyList<string> paths)
    {
        var form = new MultipartFormDataContent();
        try
        {
            foreach (var path in paths)
            {
                var part = new StreamContent(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true), 1 << 16);
                var extension = Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
                part.Headers.ContentType = new MediaTypeHeaderValue(
                    MediaFormats.All.FirstOrDefault(format => format.Extensions.Contains(extension))?.MimeType ?? "application/octet-stream");
                form.Add(part, "files", Path.GetFileName(path));
            }

            return form;
        }
        catch
        {
            form.Dispose();
            throw;
        }
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
