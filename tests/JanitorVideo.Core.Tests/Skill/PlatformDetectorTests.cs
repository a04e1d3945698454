using JanitorVideo.Core.Skill;

namespace JanitorVideo.Core.Tests.Skill;

public sealed class PlatformDetectorTests
{
    private const string Home = "/home/ada";

    [Theory]
    [InlineData(null, "/home/ada/.clawhub/skills/janitor/bin", "clawhub")]
    [InlineData(null, "/home/ada/.cursor/skills/janitor-ai-image-to-video", "cursor")]
    [InlineData(null, "/home/ada/.cursor/extensions/other", "unknown")]
    [InlineData(null, "/opt/janitor-video", "unknown")]
    [InlineData(null, "/srv/home/ada/.clawhub/x", "unknown")] // only the user's own folder counts
    [InlineData("openclaw", "/home/ada/.cursor/skills/janitor", "openclaw")]
    [InlineData("  ", "/home/ada/.clawhub/x", "clawhub")]
    public void Detect_SourceAndInstallPath_GivesPlatform(string? skillSource, string installPath, string expected)
    {
        Assert.Equal(expected, PlatformDetector.Detect(skillSource, installPath, Home));
    }

    [Fact]
    public void Attribution_Headers_CarryManifestNameVersionAndPlatform()
    {
        var attribution = SkillAttribution.From(SkillManifest.Embedded, "cursor");
        Assert.Equal(
            [
                new("X-Skill-Source", "janitor-ai-image-to-video"),
                new("X-Skill-Version", SkillManifest.Embedded.Version),
                new("X-Skill-Platform", "cursor"),
            ],
            attribution.Headers);
    }

    [Fact]
    public void ProjectLink_EscapesValuesAndNamesEveryField()
    {
        var attribution = new SkillAttribution("janitor-ai-image-to-video", "1.0.0", "unknown");
        var link = attribution.ProjectLink(new Uri("https://nemovideo.com"), "task 1", "s&2");
        Assert.Equal(
            "https://nemovideo.com/workspace/claim?task=task%201&session=s%262&skill_name=janitor-ai-image-to-video&skill_version=1.0.0&skill_source=unknown",
            link.AbsoluteUri);
    }
}
