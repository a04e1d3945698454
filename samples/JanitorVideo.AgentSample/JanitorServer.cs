using ModelContextProtocol.Client;

namespace JanitorVideo.AgentSample;

/// <summary>
/// Starts the JanitorVideo MCP server as any MCP host does: a child process speaking MCP on
/// stdin/stdout, here with the embedded studio backend and a data folder of the sample's own.
/// </summary>
public static class JanitorServer
{
    /// <summary>Starts the server and connects to it.</summary>
    /// <param name="serverDll">The built <c>janitor-video.dll</c>; null runs <c>dotnet run</c> on the server project of <paramref name="repository"/>.</param>
    /// <param name="repository">The repository's root folder (where <c>JanitorVideo.sln</c> is).</param>
    /// <param name="dataDir">The server's data folder: its logs, projects and exports.</param>
    /// <param name="cancellationToken">Gives up on starting.</param>
    public static Task<McpClient> ConnectAsync(string? serverDll, string repository, string dataDir, CancellationToken cancellationToken = default)
    {
        List<string> arguments = serverDll is null
            ? ["run", "--project", Path.Combine(repository, "src", "JanitorVideo.Server"), "--", "stdio"]
            : [serverDll, "stdio"];
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "janitor-video",
            Command = "dotnet",
            Arguments = arguments,
            EnvironmentVariables = new Dictionary<string, string?>
            {
                ["JANITOR_DATA_DIR"] = dataDir,
                ["JANITOR_BACKEND"] = "studio",
            },
            // The server logs to stderr and to its data folder; the file is the one to read.
            StandardErrorLines = _ => { },
        });

        // `dotnet run` may build first: give the first answer time to come.
        var options = new McpClientOptions
        {
            ClientInfo = new() { Name = "janitor-video-agent-sample", Version = "1.0.0" },
            DiscoverProbeTimeout = TimeSpan.FromMinutes(3),
            InitializationTimeout = TimeSpan.FromMinutes(3),
        };
        return McpClient.CreateAsync(transport, options, cancellationToken: cancellationToken);
    }
}
