using ModelContextProtocol.Client;

namespace JanitorVideo.Bench;

/// <summary>Starts the built server over stdio the way an MCP host does.</summary>
internal static class ServerUnderTest
{
    public static string Dll(string repoRoot) =>
        Path.Combine(repoRoot, "src", "JanitorVideo.Server", "bin", "Release", "net10.0", "janitor-video.dll");

    public static Task<McpClient> ConnectAsync(string dll, string dataDir, CancellationToken cancellationToken) =>
        McpClient.CreateAsync(
            new StdioClientTransport(new StdioClientTransportOptions
            {
                Name = "janitor-video",
                Command = "dotnet",
                Arguments = [dll],
                EnvironmentVariables = new Dictionary<string, string?> { ["JANITOR_DATA_DIR"] = dataDir, ["JANITOR_LOG_LEVEL"] = "Warning" },
                StandardErrorLines = _ => { },
            }),
            new McpClientOptions { DiscoverProbeTimeout = TimeSpan.FromSeconds(30) },
            cancellationToken: cancellationToken);
}
