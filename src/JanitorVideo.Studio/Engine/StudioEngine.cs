using System.Text.Json.Nodes;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Drafts;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Text;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Studio.Conversation;
using JanitorVideo.Studio.Credits;
using JanitorVideo.Studio.Machine;
using JanitorVideo.Studio.Media;
using JanitorVideo.Studio.Rendering;
using JanitorVideo.Studio.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace JanitorVideo.Studio.Engine;

/// <summary>
/// The studio: sessions, media, the agent, renders and credits, for any number of users. Every call
/// names its user, and a user only ever sees their own sessions (someone else's session reads as not
/// found). The in-process backend and the HTTP face are both thin adapters over this.
/// </summary>
public sealed class StudioEngine : IAsyncDisposable
{
    private readonly StudioAgent _agent;
    private readonly MediaIngest _ingest;
    private readonly TimeProvider _time;
    private readonly RemoteMediaFetcher _fetcher;

    private StudioEngine(StudioOptions options, StudioStore store, FfmpegTools tools, ModelAccess models, FaultOptions faults,
        TimeProvider time, ILoggerFactory logs, RemoteMediaFetcher fetcher)
    {
        Options = options;
        Store = store;
        Models = models;
        Faults = faults;
        FaultState = new FaultState(faults);
        _time = time;
        _fetcher = fetcher;
        Credits = new CreditLedger(store, options.Credits);
        _ingest = new MediaIngest(store, tools, fetcher, time);
        _agent = new StudioAgent(store, Credits, models, options, faults, time, logs.CreateLogger<StudioAgent>());
        Renders = new RenderQueue(store, new DraftRenderer(tools), options.RenderWorkers, faults, time, logs.CreateLogger<RenderQueue>(),
            options.RenderLimits);
        Storage = new StudioStorage(store, options.StorageLimits, time, logs.CreateLogger<StudioStorage>());
        _renderEnvironment = new Lazy<string>(() => JanitorVideo.Render.Pipeline.RenderEnvironment.Signature(tools));
    }

    private readonly Lazy<string> _renderEnvironment;

    /// <summary>The FFmpeg build and title fonts renders here depend on, as a digest (read once, at the first ask).</summary>
    public string RenderEnvironment => _renderEnvironment.Value;

    public StudioOptions Options { get; }

    public StudioStore Store { get; }

    public ModelAccess Models { get; }

    public FaultOptions Faults { get; }

    /// <summary>What the counted faults have done so far.</summary>
    public FaultState FaultState { get; }

    public CreditLedger Credits { get; }

    public RenderQueue Renders { get; }

    /// <summary>What each user may keep, and the sweeps that remove idle projects.</summary>
    public StudioStorage Storage { get; }

    /// <summary>
    /// Finds FFmpeg, opens the store in <see cref="StudioOptions.Folder"/>, picks up unfinished renders
    /// and starts the workers.
    /// </summary>
    /// <exception cref="StudioUnavailableException">FFmpeg or ffprobe is missing; the message says how to install it.</exception>
    public static StudioEngine Start(StudioOptions options, ModelAccess? models = null, FaultOptions? faults = null,
        TimeProvider? time = null, ILoggerFactory? logs = null, RemoteMediaFetcher? fetcher = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var tools = StudioPrerequisites.LocateFfmpeg();
        time ??= TimeProvider.System;
        var store = StudioStore.Open(options.Folder, time);
        var engine = new StudioEngine(options, store, tools, models ?? new ModelAccess(), faults ?? FaultOptions.None, time,
            logs ?? NullLoggerFactory.Instance, fetcher ?? new RemoteMediaFetcher());
        engine.Renders.Start();
        engine.Storage.Start();
        if (options.WarmUp)
        {
            RenderWarmUp.Start(tools, (logs ?? NullLoggerFactory.Instance).CreateLogger(typeof(RenderWarmUp)));
        }

        return engine;
    }

    // Who is calling

    /// <summary>The machine's own user; under a quota it starts with the allowance a token gets.</summary>
    public StudioUser LocalUser() => Store.LocalUser(Options.Credits.Enabled ? Options.Credits.AnonymousAllowance : 0);

    /// <summary>A new anonymous token with the allowance the credit rules give.</summary>
    public IssuedToken IssueAnonymousToken(string clientId)
    {
        var lifetime = Faults.ExpiredTokens ? TimeSpan.FromSeconds(-1) : Options.TokenLifetime;
        return Store.IssueToken(clientId, lifetime, Options.Credits.AnonymousAllowance);
    }

    /// <exception cref="VideoBackendException">Unknown or expired token (1001).</exception>
    public StudioUser Authenticate(string token)
    {
        var user = string.IsNullOrEmpty(token) ? null : Store.FindUserByToken(token);
        if (user is null || user.ExpiresAt <= _time.GetUtcNow() || FaultState.TokenWornOut(token))
        {
            throw new VideoBackendException(ErrorKind.TokenInvalid, ErrorCatalogue.Explain(ErrorKind.TokenInvalid),
                user is null ? "unknown token" : "expired token");
        }

        return user;
    }

    // Sessions

    /// <exception cref="VideoBackendException">The user holds the most projects the studio keeps for one user.</exception>
    public SessionRecord CreateSession(StudioUser user, string language)
    {
        Storage.EnsureRoomForProject(user);
        return Store.CreateSession(user.UserId, string.IsNullOrWhiteSpace(language) ? "en" : language.Trim());
    }

    /// <exception cref="VideoBackendException">No such session for this user (1002).</exception>
    public SessionRecord Session(StudioUser user, string sessionId)
    {
        var session = string.IsNullOrEmpty(sessionId) ? null : Store.FindSession(sessionId);
        if (session is null || session.UserId != user.UserId || FaultState.SessionLost(sessionId))
        {
            throw new VideoBackendException(ErrorKind.SessionNotFound, ErrorCatalogue.Explain(ErrorKind.SessionNotFound), $"session {sessionId}");
        }

        Storage.Used(session);
        return session;
    }

    // Media

    private const string FileWords = "This file was not stored.";
    private const string RenderWords = "The render was not started.";

    public async Task<IReadOnlyList<MediaRecord>> UploadAsync(StudioUser user, string sessionId, IReadOnlyList<UploadSource> sources,
        CancellationToken cancellationToken = default)
    {
        var session = Session(user, sessionId);
        var stored = new List<MediaRecord>(sources.Count);
        foreach (var source in sources)
        {
            // Before each file: one request of many links cannot go past the share by more than one file.
            Storage.EnsureRoomForFiles(user, FileWords);
            stored.Add(source switch
            {
                UploadSource.LocalFile file => await _ingest.IngestFileAsync(session.SessionId, file.Path, cancellationToken),
                UploadSource.RemoteUrl link => await _ingest.IngestUrlAsync(session.SessionId, link.Url, cancellationToken),
                _ => throw new ArgumentOutOfRangeException(nameof(sources)),
            });
        }

        return stored;
    }

    public Task<MediaRecord> UploadStreamAsync(StudioUser user, string sessionId, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        var session = Session(user, sessionId);
        Storage.EnsureRoomForFiles(user, FileWords);
        return _ingest.IngestStreamAsync(session.SessionId, fileName, content, cancellationToken);
    }

    /// <summary>A media file of one of the user's sessions.</summary>
    public MediaRecord Media(StudioUser user, string mediaId)
    {
        var media = Store.FindMedia(mediaId);
        return media is not null && Store.FindSession(media.SessionId)?.UserId == user.UserId
            ? media
            : throw new VideoBackendException(ErrorKind.NotFound, "That file is not in any of your projects.");
    }

    // The agent

    public IAsyncEnumerable<AgentEvent> SendMessageAsync(StudioUser user, string sessionId, string message, CancellationToken cancellationToken = default)
    {
        var session = Session(user, sessionId);
        if (string.IsNullOrWhiteSpace(message))
        {
            throw new VideoBackendException(ErrorKind.InvalidInput, "The message is empty: say what the clip should do.");
        }

        MessageLimit.Ensure(message);

        return _agent.RunAsync(user, session, message, cancellationToken);
    }

    // State

    /// <summary>The session's latest state in the reference's shape (<c>data.state</c>).</summary>
    public (Draft Draft, JsonObject State) State(StudioUser user, string sessionId, Func<MediaRecord, Uri?> mediaUrl, Func<RenderRecord, Uri?> renderUrl)
    {
        var session = Session(user, sessionId);
        var draft = Store.CurrentDraft(session.SessionId);
        return (draft.Draft, StudioState.Describe(session, draft, Store.Media(session.SessionId), Store.Renders(session.SessionId), mediaUrl, renderUrl));
    }

    public CreditBalance Balance(StudioUser user) => Credits.Balance(user);

    // Renders

    public RenderRecord StartRender(StudioUser user, string renderId, string sessionId, Draft draft, string quality)
    {
        var session = Session(user, sessionId);
        // The cheap count first: a client asking again and again is refused before anything else is read.
        Renders.EnsureRoomForAnother(user);
        Storage.EnsureRoomForFiles(user, RenderWords);
        return Renders.Submit(user, renderId, session, draft, quality);
    }

    /// <exception cref="VideoBackendException">No such render for this user.</exception>
    public RenderRecord Render(StudioUser user, string renderId)
    {
        var job = RenderIds.IsValid(renderId) ? Store.FindRender(user.UserId, renderId) : null;
        return job is not null
            ? job
            : throw new VideoBackendException(ErrorKind.NotFound, $"There is no render '{Core.Text.UserText.Shorten(renderId)}' in your projects.");
    }

    public RenderRecord CancelRender(StudioUser user, string renderId) => Renders.Cancel(Render(user, renderId));

    /// <summary>The finished MP4 of a completed render.</summary>
    public string OutputFile(StudioUser user, string renderId)
    {
        var job = Render(user, renderId);
        return job.Status == RenderStatus.Completed && job.OutputPath is not null && File.Exists(Store.Resolve(job.OutputPath))
            ? Store.Resolve(job.OutputPath)
            : throw new VideoBackendException(ErrorKind.NotFound, $"Render '{renderId}' has no finished video yet (it is {job.Status.ToString().ToLowerInvariant()}).");
    }

    public async ValueTask DisposeAsync()
    {
        await Storage.DisposeAsync();
        await Renders.DisposeAsync();
        _fetcher.Dispose();
        Store.Dispose();
    }
}
