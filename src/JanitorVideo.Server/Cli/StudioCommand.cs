using System.CommandLine;
using JanitorVideo.Server.Configuration;
using JanitorVideo.Server.Logging;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Http;
using JanitorVideo.Studio.Machine;
using Serilog;

namespace JanitorVideo.Server.Cli;

/// <summary>
/// <c>janitor-video studio --port N</c>: the embedded studio served over HTTP with NemoVideo's API,
/// so one studio can serve a team's clients (and the cloud client is tested against it).
/// </summary>
public static class StudioCommand
{
    public static Command Build(Func<ParseResult, JanitorSettings?> settings)
    {
        var port = new Option<int>("--port") { Description = "TCP port; 0 picks a free one (the address is logged).", DefaultValueFactory = _ => 4100 };
        var host = new Option<string>("--host")
        {
            Description = "Address to listen on (127.0.0.1 by default; 0.0.0.0 serves the network and then requires JANITOR_HTTP_TOKEN, sent as X-Studio-Key).",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var pollShape = new Option<string>("--poll-shape")
        {
            Description = "How render polls are answered: data (data.status, data.outputUrl) or top-level (status, output.url).",
            DefaultValueFactory = _ => "data",
        };
        pollShape.AcceptOnlyFromAmong("data", "top-level");
        var command = new Command("studio", "Serve the embedded studio over HTTP with NemoVideo's agent API (tokens, sessions, SSE, uploads, renders).")
        {
            port, host, pollShape,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var chosen = settings(result);
            if (chosen is null)
            {
                return 2;
            }

            FaultOptions faults;
            try
            {
                faults = FaultOptions.Parse(Environment.GetEnvironmentVariable("JANITOR_FAULTS"));
            }
            catch (ArgumentException e)
            {
                await Console.Error.WriteLineAsync($"janitor-video studio: {e.Message}");
                return 2;
            }

            await using var logger = LoggingSetup.Create(chosen);
            try
            {
                var engine = StudioEngine.Start(chosen.StudioOptions(), faults: faults,
                    logs: new Serilog.Extensions.Logging.SerilogLoggerFactory(logger));
                await using (engine)
                {
                    var options = chosen.StudioHttpOptions() with
                    {
                        PollShape = result.GetValue(pollShape) == "top-level" ? RenderPollShape.TopLevel : RenderPollShape.Data,
                    };
                    await using var server = await StudioHttpHost.StartAsync(engine, options, result.GetValue(host)!, result.GetValue(port),
                        logging => logging.AddSerilog(logger), cancellationToken);
                    logger.Information("Studio API at {Url} (data {Data}, {Faults})", server.BaseAddress, chosen.Data.Studio, faults.Any ? "faults on" : "no faults");
                    if (!Core.Net.HostOriginGuard.IsLoopback(result.GetValue(host)!) && !chosen.Credits.Enabled)
                    {
                        logger.Warning("Every client with the access key can get tokens at {Url} and render without limit; set JANITOR_CREDITS=quota for a shared studio", server.BaseAddress);
                    }
                    await server.WaitForShutdownAsync(cancellationToken);
                }

                return 0;
            }
            catch (Exception e) when (e is StudioUnavailableException or ArgumentException or IOException)
            {
                logger.Error("janitor-video studio: {Reason}", e.Message);
                return 2;
            }
        });
        return command;
    }
}
