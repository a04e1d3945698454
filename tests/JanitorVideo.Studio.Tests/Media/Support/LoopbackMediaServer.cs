using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Studio.Tests.Media.Support;

/// <summary>
/// A real Kestrel server on a free loopback port serving what the fetcher meets out there: a
/// picture, a named download, redirect chains, redirects into private networks, bodies too large
/// or endless, answers that never come, and a text file posing as a picture. It counts the
/// requests it sees, so a test can prove a refused link was never requested.
/// </summary>
public sealed class LoopbackMediaServer : IAsyncDisposable
{
    /// <summary>The announced size of /huge: over the 200 MB limit.</summary>
    public const long HugeLength = 300L * 1024 * 1024;

    /// <summary>The most /endless ever sends (a bound for the test's traffic); far above any cap a test sets.</summary>
    public const long EndlessBound = 64L * 1024 * 1024;

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _requests = new();

    private LoopbackMediaServer(WebApplication app, byte[] picture)
    {
        _app = app;
        Picture = picture;
    }

    /// <summary>The PNG served at /hero.png and /download.</summary>
    public byte[] Picture { get; }

    /// <summary>The paths requested so far, in order.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    public int Port { get; private set; }

    public Uri Url(string pathAndQuery) => new($"http://127.0.0.1:{Port}{pathAndQuery}");

    public static async Task<LoopbackMediaServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LoopbackMediaServer(app, SamplePictures.Png(200, 150));
        server.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.Port = new Uri(address).Port;
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            _requests.Enqueue(context.Request.Path.Value ?? string.Empty);
            await next(context);
        });

        app.MapGet("/hero.png", () => Results.Bytes(Picture, "image/png"));
        app.MapGet("/download", (HttpContext context) =>
        {
            context.Response.Headers.ContentDisposition = "attachment; filename=\"../../etc/passwd\"";
            return Results.Bytes(Picture, "application/octet-stream");
        });
        app.MapGet("/image", () => Results.Bytes(Picture, "text/plain"));
        app.MapGet("/r/{hops:int}", (int hops) => Results.Redirect(hops <= 0 ? "/hero.png" : $"/r/{hops - 1}"));
        app.MapGet("/to-private", () => Results.Redirect("http://10.0.0.1/hero.png"));
        app.MapGet("/to-metadata", () => Results.Redirect("http://169.254.169.254/latest/meta-data/"));
        app.MapGet("/missing.png", () => Results.NotFound());
        app.MapGet("/notes.png", () => Results.Text("These are my notes, not a picture.", "image/png", Encoding.UTF8));
        app.MapGet("/huge", async (HttpContext context) =>
        {
            context.Response.ContentType = "image/png";
            context.Response.ContentLength = HugeLength;
            await context.Response.Body.WriteAsync(Picture.AsMemory(0, 64), context.RequestAborted);
            await WaitUntilAbortedAsync(context);
        });
        app.MapGet("/endless", async (HttpContext context) =>
        {
            // A PNG signature, then zeros with no length announced: only the cap stops it.
            context.Response.ContentType = "image/png";
            await context.Response.Body.WriteAsync(Picture.AsMemory(0, 64), context.RequestAborted);
            var zeros = new byte[64 * 1024];
            for (long sent = 0; sent < EndlessBound && !context.RequestAborted.IsCancellationRequested; sent += zeros.Length)
            {
                await context.Response.Body.WriteAsync(zeros, context.RequestAborted);
            }
        });
        app.MapGet("/empty", () => Results.Bytes([], "image/png"));
        app.MapGet("/cut.png", async (HttpContext context) =>
        {
            // Announces the whole picture, sends half, and hangs up.
            context.Response.ContentType = "image/png";
            context.Response.ContentLength = Picture.Length;
            await context.Response.Body.WriteAsync(Picture.AsMemory(0, Picture.Length / 2), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            context.Abort();
        });
        app.MapGet("/slow", (HttpContext context) => WaitUntilAbortedAsync(context));
        app.MapGet("/stalls.png", async (HttpContext context) =>
        {
            // The headers and the first bytes come, the rest never does.
            context.Response.ContentType = "image/png";
            await context.Response.Body.WriteAsync(Picture.AsMemory(0, 64), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await WaitUntilAbortedAsync(context);
        });
    }

    private static async Task WaitUntilAbortedAsync(HttpContext context)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up, as the test meant it to.
        }
    }
}
