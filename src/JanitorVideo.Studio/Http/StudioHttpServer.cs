using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace JanitorVideo.Studio.Http;

/// <summary>A running studio API; disposing it stops it (the engine stays with its owner).</summary>
public sealed class StudioHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    internal StudioHttpServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>Where it listens, e.g. <c>http://127.0.0.1:5123/</c> (the port actually bound when 0 was asked for).</summary>
    public Uri BaseAddress { get; }

    /// <summary>Waits until <paramref name="cancellationToken"/> is cancelled or the server is stopped.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
