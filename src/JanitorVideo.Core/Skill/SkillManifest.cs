namespace JanitorVideo.Core.Skill;

/// <summary>
/// The skill's identity, read from the YAML frontmatter of
/// <c>manifests/janitor-ai-image-to-video/SKILL.md</c> (embedded in this assembly). Its name and
/// version become the attribution headers every backend call carries; the server's own version is
/// taken from the same file at build time, so the two cannot drift.
/// </summary>
public sealed record SkillManifest
{
    private const string ResourceName = "JanitorVideo.Core.SKILL.md";
    private static readonly Lazy<SkillManifest> EmbeddedManifest = new(LoadEmbedded);

    /// <summary>The skill's name, sent as <c>X-Skill-Source</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The skill's version, sent as <c>X-Skill-Version</c>.</summary>
    public required string Version { get; init; }

    /// <summary>What the skill does, in one sentence; required so a broken manifest is caught here.</summary>
    public required string Description { get; init; }

    /// <summary>The manifest shipped inside this assembly.</summary>
    public static SkillManifest Embedded => EmbeddedManifest.Value;

    /// <summary>Reads a skill file's text.</summary>
    /// <exception cref="FormatException">No frontmatter, or a required field (name, version, description) is missing.</exception>
    public static SkillManifest Parse(string document)
    {
        var fields = FrontmatterParser.Fields(document);
        return new SkillManifest
        {
            Name = Required(fields, "name"),
            Version = Required(fields, "version"),
            Description = Required(fields, "description"),
        };
    }

    private static string Required(IReadOnlyDictionary<string, string> fields, string key) =>
        fields.GetValueOrDefault(key) is { } value && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new FormatException($"The skill file's frontmatter has no '{key}'.");

    private static SkillManifest LoadEmbedded()
    {
        using var stream = typeof(SkillManifest).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The build did not embed {ResourceName}.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
