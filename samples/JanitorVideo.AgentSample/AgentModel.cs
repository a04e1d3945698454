using System.ClientModel;
using Microsoft.Extensions.AI;
using OpenAI;

namespace JanitorVideo.AgentSample;

/// <summary>
/// The model the agent talks to: an OpenAI-compatible API when one is configured, read from the same
/// settings as the server's (JANITOR_MODEL_URL, JANITOR_MODEL, JANITOR_MODEL_KEY), else the scripted stand-in.
/// </summary>
public static class AgentModel
{
    /// <summary>The configured model, or null when JANITOR_MODEL_URL and JANITOR_MODEL are not both set.</summary>
    public static IChatClient? Configured(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        if (Blank(setting("JANITOR_MODEL_URL")) is not { } url || Blank(setting("JANITOR_MODEL")) is not { } name)
        {
            return null;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"JANITOR_MODEL_URL is '{url}'; use the http(s) base of an OpenAI-compatible API, such as http://localhost:11434/v1.");
        }

        // Local servers want no key; the SDK wants one anyway.
        var key = new ApiKeyCredential(Blank(setting("JANITOR_MODEL_KEY")) ?? "none");
        return new OpenAIClient(key, new OpenAIClientOptions { Endpoint = endpoint }).GetChatClient(name).AsIChatClient();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
