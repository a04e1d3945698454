using System.Net;
using JanitorVideo.Core.Net;
using JanitorVideo.Studio.Engine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Studio.Http;

/// <summary>Runs <see cref="StudioApi"/> on Kestrel for one engine (the <c>studio --port N</c> verb, and tests over loopback).</summary>
public static class StudioHttpHost
{
    /// <inheritdoc cref="StartAsync(StudioEngine, StudioHttpOptions, string, int, Action{ILoggingBuilder}?, CancellationToken)"/>
    public static Task<StudioHttpServer> StartAsync(StudioEngine engine, StudioHttpOptions options, string host, int port,
        CancellationToken cancellationToken = default) =>
        StartAsync(engine, options, host, port, logging: null, cancellationToken);

    /// <summary>Starts listening on <paramref name="host"/> (an IP address or <c>localhost</c>) and <paramref name="port"/> (0: a free one).</summary>
    /// <param name="logging">Adds the log providers (the server adds Serilog); none by default.</param>
    /// <exception cref="ArgumentException">A port out of range, a host that is not an address, or a host off loopback without <see cref="StudioHttpOptions.AccessKey"/>.</exception>
    public static async Task<StudioHttpServer> StartAsync(StudioEngine engine, StudioHttpOptions options, string host, int port,
        Action<ILoggingBuilder>? logging, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(options);
        if (port is < 0 or > 65535)
        {
            throw new ArgumentException($"--port must be between 0 and 65535; got {port}.", nameof(port));
        }

        var address = ParseAddress(host);
        if (!HostOriginGuard.IsLoopback(host) && options.AccessKey is null)
        {
            throw new ArgumentException(
                $"Listening on {host} lets other machines connect, so the studio needs an access key: set JANITOR_HTTP_TOKEN to a long random secret (clients send it as '{StudioRequestGuard.KeyHeader}: <key>'), or listen on 127.0.0.1.",
                nameof(host));
        }

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Logging.ClearProviders();
        logging?.Invoke(builder.Logging);
        builder.Services.AddRoutingCore();
        StudioRateLimits.Add(builder.Services, options);
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Each endpoint sets its own limit (BodyLimit); anything else gets the smallest.
            kestrel.Limits.MaxRequestBodySize = options.MaxJsonBodyBytes;
            kestrel.Listen(address, port);
        });

        var app = builder.Build();
        try
        {
            var guard = new StudioRequestGuard(new HostOriginGuard(options.AllowedHosts, options.AllowedOrigins, host),
                options.AccessKey is null ? null : new AccessKey(options.AccessKey),
                app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(StudioApi.LoggerName));
            app.Use(guard.InvokeAsync);
            app.UseRouting();
            app.UseRateLimiter();
            StudioApi.Map(app, engine, options);
            await app.StartAsync(cancellationToken);
            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("Kestrel reported no address.");
            var baseAddress = Reachable(new Uri(bound));
            app.Logger.LogInformation("The studio's API listens on {Url}", baseAddress);
            return new StudioHttpServer(app, baseAddress);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private static IPAddress ParseAddress(string host) => host switch
    {
        _ when host.Equals("localhost", StringComparison.OrdinalIgnoreCase) => IPAddress.Loopback,
        "*" or "+" or "0.0.0.0" => IPAddress.Any,
        "::" => IPAddress.IPv6Any,
        _ when IPAddress.TryParse(host.Trim('[', ']'), out var address) => address,
        _ => throw new ArgumentException($"--host must be an IP address or localhost; got '{host}'.", nameof(host)),
    };

    // A wildcard binding is reached through loopback from this machine.
    private static Uri Reachable(Uri bound)
    {
        var builder = new UriBuilder(bound) { Path = "/" };
        if (builder.Host is "0.0.0.0" or "[::]" or "::")
        {
            builder.Host = builder.Host == "0.0.0.0" ? "127.0.0.1" : "[::1]";
        }

        return builder.Uri;
    }
}
