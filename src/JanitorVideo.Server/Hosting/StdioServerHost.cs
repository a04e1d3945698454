using JanitorVideo.Server.Configuration;
using JanitorVideo.Server.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;

namespace JanitorVideo.Server.Hosting;

/// <summary>MCP over stdio: stdout carries only the protocol; logs go to stderr and the log file.</summary>
public static class StdioServerHost
{
    public static async Task<int> RunAsync(JanitorSettings settings, CancellationToken cancellationToken)
    {
        await using var logger = LoggingSetup.Create(settings);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog(logger, dispose: false);
        builder.Services.AddJanitorMcp(settings).WithStdioServerTransport();
        using var host = builder.Build();
        logger.Information("janitor-video {Version} on stdio; {Settings}", McpComposition.Version, settings.ToString());
        await host.RunAsync(cancellationToken);
        return 0;
    }
}
