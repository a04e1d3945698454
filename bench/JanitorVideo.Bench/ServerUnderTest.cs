using ModelContextProtocol.Client;

namespace JanitorVideo.Bench;

/// <summary>Starts the built server over stdio the way an MCP host does.</summary>
internal static class ServerUnderTest
{
    public static string Dll(string repoRoot) =>
        Path.Combine(repoRoot, "src", "JanitorVideo.Server", "bin", "Release", "net10.0", "janitor-video.dll");

    /// <param name="dll">The built server.</param>
    /// <param name="dataDir">Its data folder.</param>
    /// <param name="environment">More variables for the server (the backend and its settings), if any.</param>
    /// <param name="cancellationToken">Stops waiting for the server to answer.</param>
    public static Task<McpClient> ConnectAsync(string dll, string dataDir, IReadOnlyDictionary<string, string?>? environment,
        CancellationToken cancellationToken)
    {
        var variables = new Dictionary<string, string?> { ["JANITOR_DATA_DIR"] = dataDir, ["JANITOR_LOG_LEVEL"] = "Warning" };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            variables[name] = value;
        }

        return McpClient.CreateAsync(
            new StdioClientTransport(new StdioClientTransportOptions
            {
                Name = "janitor-video",
                Command = "dotnet",
                Arguments = [dll],
                EnvironmentVariables = variables,
                StandardErrorLines = _ => { },
            }),
            new McpClientOptions { DiscoverProbeTimeout = TimeSpan.FromSeconds(30) },
            cancellationToken: cancellationToken);
    }

    public static Task<McpClient> ConnectAsync(string dll, string dataDir, CancellationToken cancellationToken) =>
        ConnectAsync(dll, dataDir, null, cancellationToken);
}
