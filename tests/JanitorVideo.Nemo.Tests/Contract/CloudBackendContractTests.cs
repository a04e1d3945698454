using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Skill;
using JanitorVideo.Nemo.Api;
using JanitorVideo.Nemo.Configuration;
using JanitorVideo.Nemo.Identity;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Http;
using JanitorVideo.TestSupport.Contract;
using Microsoft.Extensions.Logging.Abstractions;

namespace JanitorVideo.Nemo.Tests.Contract;

/// <summary>The shared backend contract, kept by the cloud client talking to a studio over loopback HTTP (renders polled in the data shape).</summary>
public class CloudBackendContractTests : BackendContractSuite
{
    private StudioEngine? _engine;
    private StudioHttpServer? _server;
    private HttpClient? _http;

    /// <summary>How the studio answers render polls; the reference documents two shapes and the client must read both.</summary>
    protected virtual RenderPollShape PollShape => RenderPollShape.Data;

    protected override async Task<IVideoBackend> CreateBackendAsync(string folder)
    {
        _engine = StudioEngine.Start(new StudioOptions { Folder = folder, RenderWorkers = 1 });
        _server = await StudioHttpHost.StartAsync(_engine, new StudioHttpOptions { PollShape = PollShape }, "127.0.0.1", 0);
        _http = new HttpClient { BaseAddress = _server.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        var attribution = SkillAttribution.From(SkillManifest.Embedded, "unknown");
        return new NemoBackend(_http, new IdentityAccess(_http, ClientIdentity.Open(new NemoOptions(), NemoConfigFolder.InHome(Path.Combine(folder, "home")), TimeProvider.System, NullLogger.Instance), TimeProvider.System), attribution,
            new Uri("https://nemovideo.example/"), new NemoIntervals { RenderPoll = TimeSpan.FromMilliseconds(100) });
    }

    protected override async Task DisposeBackendAsync()
    {
        _http?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_engine is not null)
        {
            await _engine.DisposeAsync();
        }
    }
}

/// <summary>The same contract with render polls answered in the top-level shape (<c>status</c>, <c>output.url</c>).</summary>
public sealed class CloudBackendTopLevelPollContractTests : CloudBackendContractTests
{
    protected override RenderPollShape PollShape => RenderPollShape.TopLevel;
}
