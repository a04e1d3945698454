using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JanitorVideo.Render.Tests.Support;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Http;
using JanitorVideo.Studio.Tests.Engine;
using SkiaSharp;

namespace JanitorVideo.Studio.Tests.Http.Support;

/// <summary>A studio over a temp folder, serving its API on a free loopback port, and a plain HttpClient to call it.</summary>
internal sealed class StudioRig : IAsyncDisposable
{
    private readonly StudioFixture studio;
    private readonly StudioHttpServer server;

    private StudioRig(StudioFixture studio, StudioHttpServer server)
    {
        this.studio = studio;
        this.server = server;
        Http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
    }

    public HttpClient Http { get; }

    public Uri BaseAddress => server.BaseAddress;

    public string Folder => studio.Folder;

    public static async Task<StudioRig> StartAsync(FaultOptions? faults = null, StudioHttpOptions? http = null,
        Func<StudioOptions, StudioOptions>? options = null)
    {
        var defaults = new StudioOptions { Folder = "unused", RenderWorkers = 1 };
        var studio = StudioFixture.Start(options?.Invoke(defaults) ?? defaults, faults);
        try
        {
            return new StudioRig(studio, await StudioHttpHost.StartAsync(studio.Engine, http ?? new StudioHttpOptions(), "127.0.0.1", 0));
        }
        catch
        {
            await studio.DisposeAsync();
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
        await studio.DisposeAsync();
    }
}
