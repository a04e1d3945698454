using System.Security.Cryptography;
using System.Text;
using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Server.Export;

/// <summary>
/// The name of a clip by what decides its pixels: the draft as the backend holds it, the quality
/// word and the backend's render signature (its engine's build). Any edit, however small, changes it.
/// </summary>
public static class RenderKey
{
    public static string For(string renderSignature, Draft draft, string? quality)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var text = $"{renderSignature}\n{quality ?? "default"}\n{draft.ToJsonNode().ToJsonString()}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }
}
