using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using JanitorVideo.Core;
using JanitorVideo.Core.Backend;
using JanitorVideo.Server.Export;
using JanitorVideo.Server.Skill;
using JanitorVideo.Server.Tools;
using JanitorVideo.Studio.Engine;
using JanitorVideo.TestSupport;
using ModelContextProtocol;

namespace JanitorVideo.Server.Tests.Skill;

/// <summary>
/// A conversation with a real studio, reached in process (<c>studio</c>) or as the cloud over
/// loopback HTTP (<c>cloud</c>: the real cloud client), with every message sent and every state read
/// on record, and every progress message kept.
/// </summary>
internal sealed class ConversationRig : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _calls;
    private readonly ConcurrentQueue<string> _progress = new();
    private readonly TempFolder? _folder;
    private readonly LoopbackStudio? _loopback;

    private ConversationRig(IVideoBackend backend, StudioEngine engine, ConcurrentQueue<string> calls, ReplyTiming timing,
        TempFolder? folder, LoopbackStudio? loopback)
    {
        _calls = calls;
        _folder = folder;
        _loopback = loopback;
        Engine = engine;
        Conversation = new ProjectConversation(backend, new ProjectSessions(backend), timing, new SpendingOptions(),
            new TurnJobs(new ExportOptions(), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<TurnJobs>.Instance), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ProjectConversation>.Instance);
        Progress = new DirectProgress<ProgressNotificationValue>(value => _progress.Enqueue(value.Message ?? ""));
    }

    public StudioEngine Engine { get; }

    public ProjectConversation Conversation { get; }

    /// <summary>Where the turn's progress goes; <see cref="ProgressMessages"/> keeps it.</summary>
    public IProgress<ProgressNotificationValue> Progress { get; }

    public IReadOnlyList<string> ProgressMessages => [.. _progress];

    /// <summary>"send" for each message that reached the studio's agent, "state" for each read of the project, in order.</summary>
    public IReadOnlyList<string> Calls => _loopback is { } loopback ? [.. loopback.Traffic.Select(Classify).OfType<string>()] : [.. _calls];

    /// <param name="route">"studio" (in process) or "cloud" (the cloud client over loopback HTTP).</param>
    /// <param name="heartbeatEvery">How often the studio's agent sends a heartbeat while it works.</param>
    public static async Task<ConversationRig> StartAsync(string route, FaultOptions faults, ReplyTiming timing, TimeSpan? heartbeatEvery = null)
    {
        var calls = new ConcurrentQueue<string>();
        Func<StudioOptions, StudioOptions> adjust = options => heartbeatEvery is { } every ? options with { HeartbeatInterval = every } : options;
        if (route == "cloud")
        {
            var loopback = await LoopbackStudio.StartAsync(faults, adjust);
            return new ConversationRig(loopback.Backend(), loopback.Engine, calls, timing, null, loopback);
        }

        var folder = new TempFolder();
        var engine = StudioEngine.Start(adjust(new StudioOptions { Folder = folder.Combine("studio"), RenderWorkers = 1 }), faults: faults);
        return new ConversationRig(new RecordingBackend(new StudioBackend(engine), calls), engine, calls, timing, folder, null);
    }

    /// <summary>One turn on the rig's project (created by the first turn).</summary>
    public Task<ToolAnswer<GenerateOrEditOutput>> SayAsync(string words, CancellationToken cancellationToken) =>
        Conversation.ConverseAsync("tests", words, null, Progress, cancellationToken);

    /// <summary>The calls from the first message on: what the turn did once it had sent its words.</summary>
    public IReadOnlyList<string> CallsFromTheSend => [.. Calls.SkipWhile(call => call != "send")];

    public async ValueTask DisposeAsync()
    {
        if (_loopback is not null)
        {
            await _loopback.DisposeAsync();
        }
        else
        {
            await Engine.DisposeAsync();
            _folder?.Dispose();
        }
    }

    /// <summary>On the wire, a POST to <c>run_sse</c> is a message and a GET of <c>api/state</c> a read.</summary>
    private static string? Classify(LoopbackStudio.Exchange exchange) => exchange switch
    {
        { Method: "POST" } when exchange.Path.EndsWith("/run_sse", StringComparison.Ordinal) => "send",
        { Method: "GET" } when exchange.Path.Contains("/api/state/", StringComparison.Ordinal) => "state",
        _ => null,
    };

    /// <summary>The in-process studio backend, with its messages and state reads on record.</summary>
    private sealed class RecordingBackend(IVideoBackend inner, ConcurrentQueue<string> calls) : IVideoBackend
    {
        public string Name => inner.Name;

        public string RenderSignature => inner.RenderSignature;

        public CreditPrices? Prices => inner.Prices;

        public TimeSpan RenderPollInterval => inner.RenderPollInterval;

        public Task WaitForRenderChangeAsync(string renderId, TimeProvider time, CancellationToken cancellationToken = default) =>
            inner.WaitForRenderChangeAsync(renderId, time, cancellationToken);

        public string ExportQuality => inner.ExportQuality;

        public Task<BackendSession> CreateSessionAsync(string language, CancellationToken cancellationToken = default) =>
            inner.CreateSessionAsync(language, cancellationToken);

        public Task<BackendSession> EnsureSessionAsync(string sessionId, string language, CancellationToken cancellationToken = default) =>
            inner.EnsureSessionAsync(sessionId, language, cancellationToken);

        public Task<UploadResult> UploadAsync(string sessionId, IReadOnlyList<UploadSource> sources, CancellationToken cancellationToken = default) =>
            inner.UploadAsync(sessionId, sources, cancellationToken);

        public async IAsyncEnumerable<AgentEvent> SendMessageAsync(string sessionId, string message, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            calls.Enqueue("send");
            await foreach (var item in inner.SendMessageAsync(sessionId, message, cancellationToken))
            {
                yield return item;
            }
        }

        public Task<ProjectState> GetStateAsync(string sessionId, CancellationToken cancellationToken = default)
        {
            calls.Enqueue("state");
            return inner.GetStateAsync(sessionId, cancellationToken);
        }

        public Task<CreditBalance> GetCreditsAsync(CancellationToken cancellationToken = default) => inner.GetCreditsAsync(cancellationToken);

        public Task<RenderJob> StartRenderAsync(RenderRequest request, CancellationToken cancellationToken = default) =>
            inner.StartRenderAsync(request, cancellationToken);

        public Task<RenderJob> GetRenderAsync(string renderId, CancellationToken cancellationToken = default) => inner.GetRenderAsync(renderId, cancellationToken);

        public Task CancelRenderAsync(string renderId, CancellationToken cancellationToken = default) => inner.CancelRenderAsync(renderId, cancellationToken);

        public Task DownloadAsync(RenderJob job, Stream destination, CancellationToken cancellationToken = default) =>
            inner.DownloadAsync(job, destination, cancellationToken);
    }
}
