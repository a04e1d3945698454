using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Http;
using JanitorVideo.Studio.Media;
using JanitorVideo.TestInputs.Http;
using JanitorVideo.TestSupport;
using SkiaSharp;

namespace JanitorVideo.Studio.Tests.Http.Support;

/// <summary>A studio over a temp folder, serving its API on a free loopback port, and a plain HttpClient to call it.</summary>
internal sealed class StudioRig : IAsyncDisposable
{
    private readonly TempFolder folder;
    private readonly StudioEngine engine;
    private readonly StudioHttpServer server;

    private StudioRig(TempFolder folder, StudioEngine engine, StudioHttpServer server)
    {
        this.folder = folder;
        this.engine = engine;
        this.server = server;
        Http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
    }

    public HttpClient Http { get; }

    public Uri BaseAddress => server.BaseAddress;

    public string Folder => folder.Path;

    /// <param name="fetcher">How URL uploads are fetched; the product's rules (public addresses only) unless given.</param>
    public static async Task<StudioRig> StartAsync(FaultOptions? faults = null, StudioHttpOptions? http = null,
        Func<StudioOptions, StudioOptions>? options = null, RemoteMediaFetcher? fetcher = null)
    {
        var folder = new TempFolder();
        var defaults = new StudioOptions { Folder = folder.Combine("studio"), RenderWorkers = 1 };
        var engine = StudioEngine.Start(options?.Invoke(defaults) ?? defaults, faults: faults, fetcher: fetcher);
        try
        {
            return new StudioRig(folder, engine, await StudioHttpHost.StartAsync(engine, http ?? new StudioHttpOptions(), "127.0.0.1", 0));
        }
        catch
        {
            await engine.DisposeAsync();
            folder.Dispose();
            throw;
        }
    }

    /// <summary>A character on a transparent canvas, as the PNG bytes a client uploads.</summary>
    public static byte[] CharacterPng(int width = 240, int height = 360)
    {
        using var bitmap = TestArt.Character(width, height);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>A new anonymous token (under a new client id unless one is given), as a caller of the API.</summary>
    public Task<StudioCaller> SignInAsync(string? clientId = null) => StudioCaller.SignInAsync(Http, clientId ?? Guid.NewGuid().ToString());

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await server.DisposeAsync();
        await engine.DisposeAsync();
        folder.Dispose();
    }
}
