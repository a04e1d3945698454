using System.Security.Cryptography;
using System.Text;

namespace JanitorVideo.Core.Net;

/// <summary>
/// An operator's secret that HTTP callers must present (<c>JANITOR_HTTP_TOKEN</c>). Compared in
/// constant time; it has no printing of its own, so it cannot reach a log by accident.
/// </summary>
public sealed class AccessKey
{
    /// <summary>The header the studio's API reads it from (<c>Authorization</c> carries the user's own token there).</summary>
    public const string StudioHeader = "X-Studio-Key";

    /// <summary>
    /// The <c>WWW-Authenticate</c> scheme of the studio's refusal for a missing or wrong key, so a
    /// client can tell it from a refused user token (which it would renew).
    /// </summary>
    public const string StudioChallenge = "StudioKey";

    private readonly byte[] _secret;

    /// <exception cref="ArgumentException">The secret is blank.</exception>
    public AccessKey(string secret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        _secret = Encoding.UTF8.GetBytes(secret);
    }

    /// <summary>True when <paramref name="presented"/> (surrounding blanks ignored) is the secret.</summary>
    public bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented.Trim()), _secret);

    public override string ToString() => "(access key, hidden)";
}
