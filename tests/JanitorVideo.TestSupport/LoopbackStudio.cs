using System.Collections.Concurrent;
using JanitorVideo.Core.Skill;
using JanitorVideo.Nemo.Api;
using JanitorVideo.Nemo.Configuration;
using JanitorVideo.Nemo.Identity;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace JanitorVideo.TestSupport;

/// <summary>
/// A studio serving the agent API on a free loopback port, playing the NemoVideo cloud, and cloud
/// clients of it: the real <see cref="NemoBackend"/> over real HTTP. Every request the clients send
/// is written down as it crosses the wire (<see cref="Traffic"/>).
/// </summary>
public sealed class LoopbackStudio : IAsyncDisposable
{
    private readonly TempFolder _folder;
    private readonly StudioHttpServer _server;
    private readonly HttpClient _http;

    private LoopbackStudio(TempFolder folder, StudioEngine engine, StudioHttpServer server)
    {
        _folder = folder;
        Engine = engine;
        _server = server;
        Directory.CreateDirectory(Home);
        _http = Client(null);
    }

    private readonly List<HttpClient> _keyedClients = [];

    // As the server's factory builds it: a studio key, when there is one, goes with every request.
    private HttpClient Client(string? studioKey)
    {
        var http = new HttpClient(new Recorder(Traffic) { InnerHandler = new SocketsHttpHandler() })
        {
            BaseAddress = _server.BaseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        if (studioKey is not null)
        {
            http.DefaultRequestHeaders.Add(Core.Net.AccessKey.StudioHeader, studioKey);
        }

        return http;
    }

    /// <summary>Where the studio serves the agent API (what <c>NEMO_API_URL</c> names for a server process).</summary>
    public Uri ApiUrl => _server.BaseAddress;

    /// <summary>The studio behind the API, for reading what it stored.</summary>
    public StudioEngine Engine { get; }

    /// <summary>Every request the clients sent, in the order they went out, with the status each got.</summary>
    public ConcurrentQueue<Exchange> Traffic { get; } = new();

    /// <summary>The home folder whose <c>.config/nemovideo</c> keeps the client id and token, as a user's would.</summary>
    public string Home => Path.Combine(_folder.Path, "home");

    /// <summary>Where the clients keep their client id and token.</summary>
    public NemoConfigFolder Config => NemoConfigFolder.InHome(Home);

    /// <summary>A scratch folder for the test's own files.</summary>
    public string Folder => _folder.Path;

    /// <summary>
    /// Starts a studio that misbehaves as <paramref name="faults"/> say. <paramref name="adjust"/> changes
    /// its options (the folder is already set); <paramref name="http"/> its HTTP face's.
    /// </summary>
    public static async Task<LoopbackStudio> StartAsync(FaultOptions faults, Func<StudioOptions, StudioOptions>? adjust = null, StudioHttpOptions? http = null)
    {
        var folder = new TempFolder();
        var options = new StudioOptions { Folder = folder.Combine("studio"), RenderWorkers = 1 };
        var engine = StudioEngine.Start(adjust is null ? options : adjust(options), faults: faults);
        return new LoopbackStudio(folder, engine, await StudioHttpHost.StartAsync(engine, http ?? new StudioHttpOptions(), "127.0.0.1", 0));
    }

    /// <summary>A new client process: the identity is read from <see cref="Home"/> afresh (with <paramref name="options"/>' token or client id, if any).</summary>
    public NemoBackend Backend(NemoIntervals? intervals = null, NemoOptions? options = null, NemoTimeouts? timeouts = null,
        Microsoft.Extensions.Logging.ILogger? logger = null)
    {
        intervals ??= new NemoIntervals { RenderPoll = TimeSpan.FromMilliseconds(100), TransientRetryDelay = TimeSpan.FromMilliseconds(20) };
        var attribution = SkillAttribution.From(SkillManifest.Embedded, "unknown");
        var identity = ClientIdentity.Open(options ?? new NemoOptions(), Config, TimeProvider.System, NullLogger.Instance);
        var http = _http;
        if (options?.StudioKey is { } key)
        {
            http = Client(key);
            _keyedClients.Add(http);
        }

        return new NemoBackend(http, new IdentityAccess(http, identity, TimeProvider.System, intervals, attribution, logger), attribution,
            new Uri("https://nemovideo.example/"), intervals, timeouts, logger: logger);
    }

    /// <summary>The requests to <paramref name="path"/> (from the API base, e.g. <c>run_sse</c>), in order.</summary>
    public IReadOnlyList<Exchange> To(string method, string path) =>
        [.. Traffic.Where(exchange => exchange.Method == method && exchange.Path.TrimStart('/') == path)];

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        _keyedClients.ForEach(client => client.Dispose());
        await _server.DisposeAsync();
        await Engine.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>One request as it crossed the wire.</summary>
    /// <param name="ClientId">The <c>X-Client-Id</c> it carried.</param>
    public sealed record Exchange(string Method, string Path, string? ClientId, DateTimeOffset SentAt)
    {
        /// <summary>The answer's status; 0 while none has come or when the connection failed.</summary>
        public int Status { get; internal set; }
    }

    private sealed class Recorder(ConcurrentQueue<Exchange> traffic) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var clientId = request.Headers.TryGetValues(ClientIdentity.ClientIdHeader, out var values) ? values.Single() : null;
            var exchange = new Exchange(request.Method.Method, request.RequestUri!.AbsolutePath, clientId, DateTimeOffset.UtcNow);
            traffic.Enqueue(exchange);
            var response = await base.SendAsync(request, cancellationToken);
            exchange.Status = (int)response.StatusCode;
            return response;
        }
    }
}
