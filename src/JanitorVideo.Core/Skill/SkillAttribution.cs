namespace JanitorVideo.Core.Skill;

/// <summary>
/// Who is calling, as the NemoVideo API wants it on every request: the skill's name, version and
/// platform. Missing attribution makes export fail with HTTP 402.
/// </summary>
public sealed record SkillAttribution(string Source, string Version, string Platform)
{
    public const string SourceHeader = "X-Skill-Source";
    public const string VersionHeader = "X-Skill-Version";
    public const string PlatformHeader = "X-Skill-Platform";

    public static SkillAttribution From(SkillManifest manifest, string platform) =>
        new(manifest.Name, manifest.Version, platform);

    /// <summary>The three headers, in the order the reference lists them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers =>
    [
        new(SourceHeader, Source),
        new(VersionHeader, Version),
        new(PlatformHeader, Platform),
    ];

    /// <summary>
    /// The "open this project" link given with every delivered video:
    /// <c>&lt;web&gt;/workspace/claim?task=…&amp;session=…&amp;skill_name=…&amp;skill_version=…&amp;skill_source=…</c>.
    /// </summary>
    public Uri ProjectLink(Uri webBase, string taskId, string sessionId)
    {
        var query = string.Join('&',
            Pair("task", taskId),
            Pair("session", sessionId),
            Pair("skill_name", Source),
            Pair("skill_version", Version),
            Pair("skill_source", Platform));
        return new Uri(webBase, "/workspace/claim?" + query);
    }

    private static string Pair(string key, string value) => key + "=" + Uri.EscapeDataString(value);
}
