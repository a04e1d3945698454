using System.Text;
using JanitorVideo.Nemo.Identity;

namespace JanitorVideo.Nemo.Configuration;

/// <summary>
/// What the cloud client is configured with: the reference's environment variables
/// (<c>NEMO_API_URL</c>, <c>NEMO_WEB_URL</c>, <c>NEMO_TOKEN</c>, <c>NEMO_CLIENT_ID</c>,
/// <c>SKILL_SOURCE</c>), the key of a studio that asks for one (<c>NEMO_STUDIO_KEY</c>, ours) and the
/// intervals it waits by. Printing it never shows the token, the studio key or the client id.
/// </summary>
public sealed record NemoOptions
{
    public const string ApiUrlVariable = "NEMO_API_URL";
    public const string WebUrlVariable = "NEMO_WEB_URL";
    public const string TokenVariable = "NEMO_TOKEN";
    public const string ClientIdVariable = "NEMO_CLIENT_ID";
    public const string SkillSourceVariable = "SKILL_SOURCE";
    public const string StudioKeyVariable = "NEMO_STUDIO_KEY";

    /// <summary>The API base when <c>NEMO_API_URL</c> is unset.</summary>
    public static Uri DefaultApiUrl { get; } = new("https://mega-api-prod.nemovideo.ai");

    /// <summary>The web app base (for the "open this project" link) when <c>NEMO_WEB_URL</c> is unset.</summary>
    public static Uri DefaultWebUrl { get; } = new("https://nemovideo.com");

    /// <summary>The API base every call goes to.</summary>
    public Uri ApiUrl { get; init; } = DefaultApiUrl;

    /// <summary>The web app base the project link points into.</summary>
    public Uri WebUrl { get; init; } = DefaultWebUrl;

    /// <summary>A bearer token the user supplied (<c>NEMO_TOKEN</c>); when set, no anonymous token is requested or stored. A secret.</summary>
    public string? Token { get; init; }

    /// <summary>A client id the user supplied (<c>NEMO_CLIENT_ID</c>); when set, it is used instead of the stored one and nothing is written.</summary>
    public Guid? ClientId { get; init; }

    /// <summary>
    /// The access key of a JanitorVideo studio served off loopback (its <c>JANITOR_HTTP_TOKEN</c>), sent as
    /// <see cref="Core.Net.AccessKey.StudioHeader"/> with every call (<c>NEMO_STUDIO_KEY</c>). A secret.
    /// </summary>
    public string? StudioKey { get; init; }

    /// <summary>Overrides the detected platform header (<c>SKILL_SOURCE</c>).</summary>
    public string? SkillSource { get; init; }

    /// <summary>How long the client waits, polls and gives up.</summary>
    public NemoIntervals Intervals { get; init; } = new();

    /// <summary>
    /// Reads the variables through <paramref name="lookup"/> (the environment, a configuration, or a
    /// test's table); a blank value counts as unset.
    /// </summary>
    /// <exception cref="ArgumentException">A value cannot work; the message names every such variable, says what is wrong and gives an example.</exception>
    public static NemoOptions FromEnvironment(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var problems = new List<string>();
        var options = new NemoOptions
        {
            ApiUrl = Url(ApiUrlVariable, lookup(ApiUrlVariable), DefaultApiUrl, problems),
            WebUrl = Url(WebUrlVariable, lookup(WebUrlVariable), DefaultWebUrl, problems),
            Token = Blank(lookup(TokenVariable)),
            ClientId = ClientIdFrom(lookup(ClientIdVariable), problems),
            SkillSource = Blank(lookup(SkillSourceVariable)),
            StudioKey = Blank(lookup(StudioKeyVariable)),
        };
        return problems.Count == 0 ? options : throw new ArgumentException(string.Join(" ", problems));
    }

    // The value is not echoed: a URL may carry credentials, and the message may reach a log.
    private static Uri Url(string variable, string? value, Uri fallback, List<string> problems)
    {
        if (Blank(value) is not { } text)
        {
            return fallback;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url))
        {
            problems.Add($"{variable} is not an absolute URL; set it to an http(s) address such as {fallback}, or unset it for that default.");
            return fallback;
        }

        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add($"{variable} uses the scheme '{url.Scheme}'; set it to an http(s) address such as {fallback}, or unset it for that default.");
            return fallback;
        }

        return url;
    }

    // Not echoed either: whatever was meant as a client id stays out of messages.
    private static Guid? ClientIdFrom(string? value, List<string> problems)
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }

        if (ClientIdStore.TryParse(text, out var id))
        {
            return id;
        }

        problems.Add($"{ClientIdVariable} is not a UUID (or is the all-zero one); set it to one such as 6f1c2b9e-3d4a-4f5e-9a7b-2c8d1e0f3a5b, or unset it to let janitor-video create one and keep it in ~/.config/nemovideo/client_id.");
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // Replaces the compiler's printing, which would show the token and the client id.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("ApiUrl = ").Append(ApiUrl)
            .Append(", WebUrl = ").Append(WebUrl)
            .Append(", Token = ").Append(Token is null ? "unset" : "set (hidden)")
            .Append(", ClientId = ").Append(ClientId is null ? "unset" : "set (hidden)")
            .Append(", StudioKey = ").Append(StudioKey is null ? "unset" : "set (hidden)")
            .Append(", SkillSource = ").Append(SkillSource ?? "unset")
            .Append(", Intervals = ").Append(Intervals);
        return true;
    }
}
