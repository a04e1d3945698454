using System.CommandLine;
using JanitorVideo.Server.Configuration;
using JanitorVideo.Server.Hosting;
using Microsoft.Extensions.Configuration;

namespace JanitorVideo.Server.Cli;

/// <summary>The <c>janitor-video</c> command line: its verbs and the options they share.</summary>
public static class JanitorCommandLine
{
    /// <param name="stdout">
    /// Where commands that print a result write it. Only <c>animate</c> does; the MCP verbs never
    /// write to stdout themselves, since there it is the protocol channel.
    /// </param>
    public static RootCommand Build(TextWriter stdout, TextWriter stderr)
    {
        var dataDir = new Option<string?>("--data-dir")
        {
            Description = "Folder for logs, exports and project data (JANITOR_DATA_DIR; default ~/.local/share/janitor-video).",
            Recursive = true,
        };
        var backend = new Option<string?>("--backend")
        {
            Description = "studio (embedded, the default) or cloud (NemoVideo) (JANITOR_BACKEND).",
            Recursive = true,
        };
        backend.AcceptOnlyFromAmong("studio", "cloud");

        var root = new RootCommand(
            "JanitorVideo: an MCP server that turns a still character image into a short animated MP4.\n" +
            "With no verb it serves MCP over stdio (what Cursor and Claude start).")
        {
            dataDir,
            backend,
        };

        var stdio = new Command("stdio", "Serve MCP over stdio (the default). Logs go to stderr and the log file, never stdout.");
        root.Subcommands.Add(stdio);

        var port = new Option<int>("--port") { Description = "TCP port; 0 picks a free one.", DefaultValueFactory = _ => 3001 };
        var host = new Option<string>("--host")
        {
            Description = "Address to listen on. Anything but loopback requires JANITOR_HTTP_TOKEN.",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var http = new Command("http", "Serve MCP over Streamable HTTP at /mcp, with sessions, Host/Origin checks and an optional bearer token.")
        {
            port,
            host,
        };
        root.Subcommands.Add(http);
        root.Subcommands.Add(AnimateCommand.Build(stdout, stderr, result => TrySettings(result, dataDir, backend, stderr)));
        root.Subcommands.Add(StudioCommand.Build(result => TrySettings(result, dataDir, backend, stderr)));
        root.Subcommands.Add(DoctorCommand.Build(stdout, result => TrySettings(result, dataDir, backend, stderr)));

        Func<ParseResult, CancellationToken, Task<int>> runStdio = (result, ct) =>
            WithSettings(result, dataDir, backend, settings => StdioServerHost.RunAsync(settings, ct));
        root.SetAction(runStdio);
        stdio.SetAction(runStdio);
        http.SetAction((result, ct) => WithSettings(result, dataDir, backend,
            settings => HttpServerHost.RunAsync(settings, new HttpEndpoint(result.GetValue(host)!, result.GetValue(port)), ct)));
        return root;
    }

    /// <summary>Environment, <c>appsettings.json</c> and the command line, in rising precedence.</summary>
    public static IConfiguration LoadConfiguration(IDictionary<string, string?> commandLine) =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Environment.CurrentDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(commandLine)
            .Build();

    private static JanitorSettings? TrySettings(ParseResult result, Option<string?> dataDir, Option<string?> backend, TextWriter stderr)
    {
        try
        {
            return JanitorSettings.From(LoadConfiguration(Overrides(result, dataDir, backend)));
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"janitor-video: {e.Message}");
            return null;
        }
    }

    private static Dictionary<string, string?> Overrides(ParseResult result, Option<string?> dataDir, Option<string?> backend)
    {
        var overrides = new Dictionary<string, string?>();
        if (result.GetValue(dataDir) is { } dir)
        {
            overrides["JANITOR_DATA_DIR"] = dir;
        }
        if (result.GetValue(backend) is { } chosen)
        {
            overrides["JANITOR_BACKEND"] = chosen;
        }
        return overrides;
    }

    private static async Task<int> WithSettings(ParseResult result, Option<string?> dataDir, Option<string?> backend, Func<JanitorSettings, Task<int>> run)
    {
        var settings = TrySettings(result, dataDir, backend, Console.Error);
        return settings is null ? 2 : await run(settings);
    }
}
