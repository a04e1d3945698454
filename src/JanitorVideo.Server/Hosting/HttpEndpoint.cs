namespace JanitorVideo.Server.Hosting;

/// <summary>Where the HTTP transport listens. Port 0 picks a free port (reported in the log).</summary>
public sealed record HttpEndpoint(string Host, int Port)
{
    public const string McpPath = "/mcp";

    /// <summary>True when only this machine can connect: localhost or a loopback address.</summary>
    public bool IsLoopback => Core.Net.HostOriginGuard.IsLoopback(Host);
}
