using System.ClientModel;
using JanitorVideo.Server.Configuration;
using Microsoft.Extensions.AI;
using OpenAI;

namespace JanitorVideo.Server.Backends;

/// <summary>
/// The language model configured for the studio's agent (any OpenAI-compatible API: a local Ollama
/// or llama.cpp server, or a hosted one), used when no MCP client lends its own through sampling.
/// </summary>
public static class ConfiguredModel
{
    /// <summary>The client, or null when none is configured.</summary>
    public static IChatClient? Create(JanitorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.ModelEndpoint is null || settings.ModelName is null)
        {
            return null;
        }

        // Local servers want no key; the SDK wants one anyway.
        var key = new ApiKeyCredential(settings.ModelKey ?? "none");
        return new OpenAIClient(key, new OpenAIClientOptions { Endpoint = settings.ModelEndpoint })
            .GetChatClient(settings.ModelName)
            .AsIChatClient();
    }
}
