using JanitorVideo.Core.Backend;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Studio.Engine;
using JanitorVideo.TestSupport.Contract;

namespace JanitorVideo.Studio.Tests.Contract;

/// <summary>The contract suite against the embedded studio, in this process.</summary>
public sealed class StudioBackendContractTests : BackendContractSuite
{
    private StudioEngine? engine;

    protected override Task<IVideoBackend> CreateBackendAsync(string folder)
    {
        engine = StudioEngine.Start(new StudioOptions { Folder = folder, RenderWorkers = 1 });
        return Task.FromResult<IVideoBackend>(new StudioBackend(engine));
    }

    protected override async Task DisposeBackendAsync()
    {
        if (engine is not null)
        {
            await engine.DisposeAsync();
        }
    }
}
