using JanitorVideo.Studio.Conversation;
using ModelContextProtocol.Server;

namespace JanitorVideo.Server.Tools;

/// <summary>The connected client's model, through MCP sampling, when the client offers it.</summary>
internal static class SamplingModel
{
    /// <summary>Lends the client's model to the studio's agent for this call; nothing when the client has no sampling.</summary>
    public static IDisposable? Lend(McpServer server, ModelAccess models) =>
        server.ClientCapabilities?.Sampling is null ? null : models.Lend(server.AsSamplingChatClient());
}
