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
/// clients of it: the real <see cref="NemoBackend"/> over real HTTP.
/// </summary>
public sealed class LoopbackStudio : IAsyncDisposable
{
    private readonly TempFolder _folder;
    private readonly StudioHttpServer _server;
    private readonly HttpClient _http;

    private LoopbackStudio(TempFolder folder, StudioEngine engine, StudioHttpServer server, HttpMessageHandler handler)
    {
        _folder = folder;
        Engine = engine;
        _server = server;
        _http = new HttpClient(handler) { BaseAddress = server.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>The studio behind the API, for reading what it stored.</summary>
    public StudioEngine Engine { get; }

    /// <summary>The home folder whose <c>.config/nemovideo</c> keeps the client id and token, as a user's would.</summary>
    public string Home => Path.Combine(_folder.Path, "home");

    /// <summary>
    /// Starts a studio that misbehaves as <paramref name="faults"/> say. <paramref name="adjust"/> changes
    /// its options (the folder is already set); <paramref name="wire"/>, when given, sees every request
    /// the clients send.
    /// </summary>
    public static async Task<LoopbackStudio> StartAsync(FaultOptions faults, Func<StudioOptions, StudioOptions>? adjust = null, DelegatingHandler? wire = null)
    {
        var folder = new TempFolder();
        var options = new StudioOptions { Folder = folder.Combine("studio"), RenderWorkers = 1 };
        var engine = StudioEngine.Start(adjust is null ? options : adjust(options), faults: faults);
        var server = await StudioHttpHost.StartAsync(engine, new StudioHttpOptions(), "127.0.0.1", 0);
        HttpMessageHandler handler = new SocketsHttpHandler();
        if (wire is not null)
        {
            wire.InnerHandler = handler;
            handler = wire;
        }

        return new LoopbackStudio(folder, engine, server, handler);
    }

    /// <summary>A new client process: the identity is read from <see cref="Home"/> afresh.</summary>
    public NemoBackend Backend(NemoIntervals? intervals = null) =>
        new(_http, new IdentityAccess(_http, ClientIdentity.Open(new NemoOptions(), NemoConfigFolder.InHome(Home), TimeProvider.System, NullLogger.Instance), TimeProvider.System),
            SkillAttribution.From(SkillManifest.Embedded, "unknown"), new Uri("https://nemovideo.example/"),
            intervals ?? new NemoIntervals { RenderPoll = TimeSpan.FromMilliseconds(100) });

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        await Engine.DisposeAsync();
        _folder.Dispose();
    }
}
