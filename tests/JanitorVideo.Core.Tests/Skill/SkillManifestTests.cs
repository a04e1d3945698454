using JanitorVideo.Core.Skill;

namespace JanitorVideo.Core.Tests.Skill;

public sealed class SkillManifestTests
{
    [Fact]
    public void Embedded_ShippedManifest_HasTheSkillIdentity()
    {
        var manifest = SkillManifest.Embedded;
        Assert.Equal("janitor-ai-image-to-video", manifest.Name);
        Assert.Matches(@"^\d+\.\d+\.\d+$", manifest.Version);
        Assert.Contains("character image", manifest.Description);
        Assert.Equal("NEMO_TOKEN", manifest.OpenClaw["primaryEnv"]);
        Assert.StartsWith("# Janitor AI Image to Video", manifest.Body);
    }

    [Fact]
    public void Parse_NestedListsAndFlowValues_ReadAsYamlWould()
    {
        const string document = """
            ---
            # a comment
            name: demo-skill
            version: '2.1.0'
            description: "Says \"hi\": twice"  # trailing comment
            metadata:
              openclaw:
                emoji: "🎬"
                requires:
                  env: [NEMO_TOKEN, "SKILL_SOURCE"]
                  bins:
                    - ffmpeg
                    - janitor-video
                install:
                  - kind: apt
                    package: ffmpeg
                  - kind: dotnet-tool
                    package: JanitorVideo
            ---
            Body text
            """;

        var manifest = SkillManifest.Parse(document);

        Assert.Equal("demo-skill", manifest.Name);
        Assert.Equal("2.1.0", manifest.Version);
        Assert.Equal("Says \"hi\": twice", manifest.Description);
        var requires = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(manifest.OpenClaw["requires"]);
        Assert.Equal(["NEMO_TOKEN", "SKILL_SOURCE"], Assert.IsAssignableFrom<IEnumerable<object?>>(requires["env"]));
        Assert.Equal(["ffmpeg", "janitor-video"], Assert.IsAssignableFrom<IEnumerable<object?>>(requires["bins"]));
        var install = Assert.IsAssignableFrom<IReadOnlyList<object?>>(manifest.OpenClaw["install"]);
        Assert.Equal(2, install.Count);
        var second = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(install[1]);
        Assert.Equal("JanitorVideo", second["package"]);
        Assert.Equal("Body text", manifest.Body);
    }

    [Theory]
    [InlineData("# no frontmatter\n", "no YAML frontmatter")]
    [InlineData("---\nname: x\nversion: 1\n", "not closed")]
    [InlineData("---\nname: x\ndescription: d\n---\n", "no 'version'")]
    [InlineData("---\nname: x\nversion: 1\ndescription: d\nbad line\n---\n", "expected 'key: value'")]
    [InlineData("---\nname: x\nversion: 1\ndescription: d\nlist: [a, b\n---\n", "unclosed")]
    public void Parse_BrokenManifest_SaysWhatIsWrong(string document, string expected)
    {
        var error = Assert.Throws<FormatException>(() => SkillManifest.Parse(document));
        Assert.Contains(expected, error.Message);
    }
}
