namespace JanitorVideo.Core.Skill;

/// <summary>
/// Says which platform installed the skill, for the <c>X-Skill-Platform</c> header:
/// <c>SKILL_SOURCE</c> when set, else the install path (<c>~/.clawhub/</c> → clawhub,
/// <c>~/.cursor/skills/</c> → cursor), else unknown.
/// </summary>
public static class PlatformDetector
{
    public const string Unknown = "unknown";

    private static readonly (string Folder, string Platform)[] InstallFolders =
    [
        (".clawhub", "clawhub"),
        (Path.Combine(".cursor", "skills"), "cursor"),
    ];

    /// <param name="skillSource">The <c>SKILL_SOURCE</c> environment value, if any.</param>
    /// <param name="installPath">Where this program runs from.</param>
    /// <param name="homeDirectory">The user's home folder, which the known install folders sit under.</param>
    public static string Detect(string? skillSource, string installPath, string homeDirectory)
    {
        if (!string.IsNullOrWhiteSpace(skillSource))
        {
            return skillSource.Trim();
        }
        var path = Normalize(installPath);
        foreach (var (folder, platform) in InstallFolders)
        {
            var root = Normalize(Path.Combine(homeDirectory, folder));
            if (path.StartsWith(root, StringComparison.Ordinal))
            {
                return platform;
            }
        }
        return Unknown;
    }

    private static string Normalize(string path) =>
        path.Replace('\\', '/').TrimEnd('/') + "/";
}
