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
    }

    [Fact]
    public void Parse_QuotedAndPlainValuesBesideNestedBlocks_ReadsTheTopLevelFieldsAsYamlWould()
    {
        const string document = """
            ---
            # a comment
            name: demo-skill  # trailing comment
            version: '2.1.0'
            description: "Says \"hi\": twice"  # trailing comment
            metadata:
              openclaw:
                emoji: "🎬"
                version: 9.9.9
                requires:
                  env: [NEMO_TOKEN, "SKILL_SOURCE"]
                install:
                  - kind: dotnet-tool
                    package: JanitorVideo
            ---
            Body text
            """;

        var manifest = SkillManifest.Parse(document);

        Assert.Equal("demo-skill", manifest.Name);
        Assert.Equal("2.1.0", manifest.Version);
        Assert.Equal("Says \"hi\": twice", manifest.Description);
    }

    [Theory]
    [InlineData("description: 'It''s alive'", "It's alive")]
    [InlineData("description: \"tab\\there\"", "tab\there")]
    [InlineData("description: https://example.com/a#b", "https://example.com/a#b")]
    [InlineData("description: >\n  Folded onto\n  one line.", "Folded onto one line.")]
    [InlineData("description: |\n  Two\n  lines", "Two\nlines")]
    public void Parse_EveryValueShape_ReadsTheText(string line, string expected)
    {
        var manifest = SkillManifest.Parse($"---\nname: x\nversion: 1.0.0\n{line}\n---\n");

        Assert.Equal(expected, manifest.Description);
    }

    [Theory]
    [InlineData("# no frontmatter\n", "no YAML frontmatter")]
    [InlineData("---\nname: x\nversion: 1\n", "not closed")]
    [InlineData("---\nname: x\ndescription: d\n---\n", "no 'version'")]
    [InlineData("---\nname: x\nversion: 1\ndescription: d\nbad line\n---\n", "expected 'key: value'")]
    [InlineData("---\nname: x\nversion: \"1.0\ndescription: d\n---\n", "unclosed double quote")]
    [InlineData("---\nname: x\nversion: 1\ndescription: a long sentence\n  that goes on\n---\n", "continues on an indented line")]
    [InlineData("---\nname: x\nversion: ''\ndescription: d\n---\n", "no 'version'")]
    public void Parse_BrokenManifest_SaysWhatIsWrong(string document, string expected)
    {
        var error = Assert.Throws<FormatException>(() => SkillManifest.Parse(document));
        Assert.Contains(expected, error.Message);
    }
}
