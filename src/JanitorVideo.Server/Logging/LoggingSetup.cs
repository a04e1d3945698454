using System.Globalization;
using JanitorVideo.Server.Configuration;
using Serilog;
using Serilog.Events;

namespace JanitorVideo.Server.Logging;

/// <summary>
/// The one logger setup: stderr and a rolling file under the data folder. Never stdout, which is
/// the MCP channel in stdio mode. Values that could be secrets are never logged as properties.
/// </summary>
public static class LoggingSetup
{
    private const string Template = "{Timestamp:yyyy-MM-dd HH:mm:ss.fff} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static Serilog.Core.Logger Create(JanitorSettings settings)
    {
        var level = Enum.TryParse<LogEventLevel>(settings.LogLevel, ignoreCase: true, out var parsed)
            ? parsed
            : LogEventLevel.Information;
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Is(level)
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(
                outputTemplate: Template,
                formatProvider: CultureInfo.InvariantCulture,
                standardErrorFromLevel: LogEventLevel.Verbose);
        try
        {
            Directory.CreateDirectory(settings.Data.Logs);
            configuration = configuration.WriteTo.File(
                Path.Combine(settings.Data.Logs, "janitor-video-.log"),
                outputTemplate: Template,
                formatProvider: CultureInfo.InvariantCulture,
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 7,
                shared: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only data folder must not stop the server; stderr still gets everything.
            Console.Error.WriteLine($"janitor-video: cannot write logs under {settings.Data.Logs}: {e.Message}");
        }
        return configuration.CreateLogger();
    }
}
