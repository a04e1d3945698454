using System.Net;
using JanitorVideo.Server.Configuration;
using JanitorVideo.Server.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.AspNetCore;
using Serilog;

namespace JanitorVideo.Server.Hosting;

/// <summary>
/// MCP over Streamable HTTP at <c>/mcp</c>, with sessions for clients that initialize (so each
/// client keeps its own project and server→client requests work for 2025-era clients).
/// </summary>
public static class HttpServerHost
{
    /// <summary>Builds the web app; tests pass <paramref name="configure"/> to swap in a test server.</summary>
    /// <exception cref="ArgumentException">Binding off loopback without a token, or a port out of range.</exception>
    public static WebApplication Build(JanitorSettings settings, HttpEndpoint endpoint, Serilog.ILogger logger, Action<WebApplicationBuilder>? configure = null)
    {
        if (endpoint.Port is < 0 or > 65535)
        {
            throw new ArgumentException($"--port must be between 0 and 65535; got {endpoint.Port}.");
        }
        if (!endpoint.IsLoopback && settings.HttpToken is null)
        {
            throw new ArgumentException(
                $"Listening on {endpoint.Host} lets other machines connect, so a bearer token is required: set JANITOR_HTTP_TOKEN to a long random secret (clients send 'Authorization: Bearer <token>'), or listen on 127.0.0.1.");
        }
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog(logger, dispose: false);
        builder.Services.AddRoutingCore();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            if (endpoint.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
            {
                kestrel.ListenLocalhost(endpoint.Port);
            }
            else
            {
                kestrel.Listen(ParseAddress(endpoint.Host), endpoint.Port);
            }
        });
        // Clients over HTTP may be on other machines or in a browser: their paths are confined (AllowedArea),
        // and the inbox is where they put files to upload.
        Directory.CreateDirectory(settings.Data.Inbox);
        builder.Services.AddJanitorMcp(settings with { RemoteClients = true })
            .WithHttpTransport(options => options.SessionMode = HttpServerSessionMode.Stateful);
        builder.Services.AddSingleton(new RequestGuard(settings, endpoint));
        configure?.Invoke(builder);

        var app = builder.Build();
        var guard = app.Services.GetRequiredService<RequestGuard>();
        app.Use((context, next) => guard.InvokeAsync(context, next));
        app.UseRouting();
        app.MapMcp(HttpEndpoint.McpPath);
        return app;
    }

    public static async Task<int> RunAsync(JanitorSettings settings, HttpEndpoint endpoint, CancellationToken cancellationToken)
    {
        await using var logger = LoggingSetup.Create(settings);
        WebApplication app;
        try
        {
            app = Build(settings, endpoint, logger);
        }
        catch (ArgumentException e)
        {
            logger.Error("Cannot start: {Reason}", e.Message);
            return 2;
        }
        await using (app)
        {
            await app.StartAsync(cancellationToken);
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                logger.Information("janitor-video {Version} listening on {Url}{Path}; {Settings}",
                    McpComposition.Version, address, HttpEndpoint.McpPath, settings.ToString());
            }
            await app.WaitForShutdownAsync(cancellationToken);
        }
        return 0;
    }

    private static IPAddress ParseAddress(string host) => host switch
    {
        "*" or "+" or "0.0.0.0" => IPAddress.Any,
        "::" => IPAddress.IPv6Any,
        _ when IPAddress.TryParse(host.Trim('[', ']'), out var address) => address,
        _ => throw new ArgumentException($"--host must be an IP address or localhost; got '{host}'."),
    };
}
