using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Http;

namespace JanitorVideo.Studio.Tests.Http.Support;

/// <summary>A studio over a temp folder, serving its API on a free loopback port, and a plain HttpClient to call it.</summary>
internal sealed class StudioRig : IAsyncDisposable
{
    private readonly TestFolder folder;
    private readonly StudioHttpServer server;

    private StudioRig(TestFolder folder, StudioEngine engine, StudioHttpServer server)
    {
        this.folder = folder;
        this.server = server;
        Engine = engine;
        Http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
    }

    public StudioEngine Engine { get; }

    public HttpClient Http { get; }

    public Uri BaseAddress => server.BaseAddress;

    public string Folder => folder.Path;

    public static async Task<StudioRig> StartAsync(FaultOptions? faults = null, StudioHttpOptions? http = null,
        Func<StudioOptions, StudioOptions>? studio = null)
    {
        var folder = new TestFolder();
        var options = new StudioOptions { Folder = Path.Combine(folder.Path, "studio"), RenderWorkers = 1 };
        var engine = StudioEngine.Start(studio?.Invoke(options) ?? options, FfmpegTools.Locate(), faults: faults);
        try
        {
            var server = await StudioHttpHost.StartAsync(engine, http ?? new StudioHttpOptions(), "127.0.0.1", 0);
            return new StudioRig(folder, engine, server);
        }
        catch
        {
            await engine.DisposeAsync();
            folder.Dispose();
            throw;
        }
    }

    /// <summary>A new anonymous token (under a new client id unless one is given), as a caller of the API.</summary>
    public async Task<StudioCaller> SignInAsync(string? clientId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/anonymous-token");
        request.Headers.Add("X-Client-Id", clientId ?? Guid.NewGuid().ToString());
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.IsSuccessStatusCode, body?.ToJsonString());
        return new StudioCaller(Http, (string)body!["data"]!["token"]!);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await server.DisposeAsync();
        await Engine.DisposeAsync();
        folder.Dispose();
    }
}
