using System.Collections.Concurrent;
using JanitorVideo.Core.Skill;
using JanitorVideo.Nemo.Api;
using JanitorVideo.Nemo.Configuration;
using JanitorVideo.Nemo.Identity;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Http;
using JanitorVideo.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace JanitorVideo.Nemo.Tests.Api;

/// <summary>
/// A studio serving the agent API on a free loopback port, and cloud clients of it whose every
/// request and answer is written down (<see cref="Traffic"/>) as it crosses the wire.
/// </summary>
internal sealed class LoopbackStudio : IAsyncDisposable
{
    private readonly TempFolder _folder;
    private readonly StudioHttpServer _server;
    private readonly HttpClient _http;

    private LoopbackStudio(TempFolder folder, StudioEngine engine, StudioHttpServer server)
    {
        _folder = folder;
        Engine = engine;
        _server = server;
        _http = new HttpClient(new Recorder(Traffic) { InnerHandler = new SocketsHttpHandler() })
        {
            BaseAddress = server.BaseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <param name="credits">The studio's credit rules; unlimited when left out.</param>
    public static async Task<LoopbackStudio> StartAsync(FaultOptions faults, CreditRules? credits = null, StudioHttpOptions? http = null)
    {
        var folder = new TempFolder();
        var options = new StudioOptions { Folder = folder.Combine("studio"), RenderWorkers = 1 };
        var engine = StudioEngine.Start(credits is null ? options : options with { Credits = credits }, faults: faults);
        return new LoopbackStudio(folder, engine, await StudioHttpHost.StartAsync(engine, http ?? new StudioHttpOptions(), "127.0.0.1", 0));
    }

    public StudioEngine Engine { get; }

    /// <summary>Every request the clients sent, in order, with the status it got (0: no answer).</summary>
    public ConcurrentQueue<Exchange> Traffic { get; } = new();

    /// <summary>The home folder whose <c>.config/nemovideo</c> keeps the client id and token, as a user's would.</summary>
    public string Home => Path.Combine(_folder.Path, "home");

    public NemoConfigFolder Config => NemoConfigFolder.InHome(Home);

    public string Folder => _folder.Path;

    /// <summary>A new client process: the identity is read from <see cref="Home"/> afresh.</summary>
    public NemoBackend Backend(NemoIntervals? intervals = null, NemoOptions? options = null)
    {
        intervals ??= new NemoIntervals { RenderPoll = TimeSpan.FromMilliseconds(100), TransientRetryDelay = TimeSpan.FromMilliseconds(20) };
        var attribution = SkillAttribution.From(SkillManifest.Embedded, "unknown");
        var identity = ClientIdentity.Open(options ?? new NemoOptions(), Config, TimeProvider.System, NullLogger.Instance);
        return new NemoBackend(_http, new IdentityAccess(_http, identity, TimeProvider.System, intervals, attribution), attribution,
            new Uri("https://nemovideo.example/"), intervals);
    }

    /// <summary>The requests to <paramref name="path"/> (from the API base, e.g. <c>run_sse</c>), in order.</summary>
    public IReadOnlyList<Exchange> To(string method, string path) =>
        [.. Traffic.Where(exchange => exchange.Method == method && exchange.Path.TrimStart('/') == path)];

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        await Engine.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>One request as it crossed the wire.</summary>
    /// <param name="ClientId">The <c>X-Client-Id</c> it carried.</param>
    /// <param name="Status">The answer's status; 0 when the connection failed.</param>
    internal sealed record Exchange(string Method, string Path, string? ClientId, DateTimeOffset SentAt, int Status);

    private sealed class Recorder(ConcurrentQueue<Exchange> traffic) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var sentAt = DateTimeOffset.UtcNow;
            var clientId = request.Headers.TryGetValues(ClientIdentity.ClientIdHeader, out var values) ? values.Single() : null;
            try
            {
                var response = await base.SendAsync(request, cancellationToken);
                traffic.Enqueue(new Exchange(request.Method.Method, request.RequestUri!.AbsolutePath, clientId, sentAt, (int)response.StatusCode));
                return response;
            }
            catch (HttpRequestException)
            {
                traffic.Enqueue(new Exchange(request.Method.Method, request.RequestUri!.AbsolutePath, clientId, sentAt, 0));
                throw;
            }
        }
    }
}
