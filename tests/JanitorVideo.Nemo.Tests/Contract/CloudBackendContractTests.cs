using JanitorVideo.Core.Backend;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Http;
using JanitorVideo.TestSupport;
using JanitorVideo.TestSupport.Contract;

namespace JanitorVideo.Nemo.Tests.Contract;

/// <summary>The shared backend contract, kept by the cloud client talking to a studio over loopback HTTP (renders polled in the data shape).</summary>
public class CloudBackendContractTests : BackendContractSuite
{
    private LoopbackStudio? _studio;

    /// <summary>How the studio answers render polls; the reference documents two shapes and the client must read both.</summary>
    protected virtual RenderPollShape PollShape => RenderPollShape.Data;

    /// <remarks>The studio keeps its data in a folder of its own; <paramref name="folder"/> is the suite's.</remarks>
    protected override async Task<IVideoBackend> CreateBackendAsync(string folder)
    {
        _studio = await LoopbackStudio.StartAsync(FaultOptions.None, http: new StudioHttpOptions { PollShape = PollShape });
        return _studio.Backend();
    }

    protected override async Task DisposeBackendAsync()
    {
        if (_studio is not null)
        {
            await _studio.DisposeAsync();
        }
    }
}

/// <summary>The same contract with render polls answered in the top-level shape (<c>status</c>, <c>output.url</c>).</summary>
public sealed class CloudBackendTopLevelPollContractTests : CloudBackendContractTests
{
    protected override RenderPollShape PollShape => RenderPollShape.TopLevel;
}
