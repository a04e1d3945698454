namespace JanitorVideo.Core.Skill;

/// <summary>
/// The skill's identity, read from the YAML frontmatter of
/// <c>manifests/janitor-ai-image-to-video/SKILL.md</c> (embedded in this assembly). Its name and
/// version become the attribution headers every backend call carries.
/// </summary>
public sealed record SkillManifest
{
    private const string ResourceName = "JanitorVideo.Core.SKILL.md";
    private static readonly Lazy<SkillManifest> EmbeddedManifest = new(LoadEmbedded);

    public required string Name { get; init; }

    public required string Version { get; init; }

    public required string Description { get; init; }

    /// <summary>The <c>metadata.openclaw</c> block, as parsed; empty when absent.</summary>
    public required IReadOnlyDictionary<string, object?> OpenClaw { get; init; }

    /// <summary>The markdown after the frontmatter.</summary>
    public required string Body { get; init; }

    /// <summary>The manifest shipped inside this assembly.</summary>
    public static SkillManifest Embedded => EmbeddedManifest.Value;

    /// <summary>Reads a skill file's text.</summary>
    /// <exception cref="FormatException">No frontmatter, or a required field (name, version, description) is missing.</exception>
    public static SkillManifest Parse(string document)
    {
        var (fields, body) = FrontmatterParser.Parse(document);
        var metadata = fields.GetValueOrDefault("metadata") as IReadOnlyDictionary<string, object?>;
        return new SkillManifest
        {
            Name = Required(fields, "name"),
            Version = Required(fields, "version"),
            Description = Required(fields, "description"),
            OpenClaw = metadata?.GetValueOrDefault("openclaw") as IReadOnlyDictionary<string, object?>
                       ?? new Dictionary<string, object?>(),
            Body = body,
        };
    }

    private static string Required(IReadOnlyDictionary<string, object?> fields, string key)
    {
        var value = FrontmatterParser.AsString(fields.GetValueOrDefault(key));
        return string.IsNullOrWhiteSpace(value)
            ? throw new FormatException($"The skill file's frontmatter has no '{key}'.")
            : value;
    }

    private static SkillManifest LoadEmbedded()
    {
        using var stream = typeof(SkillManifest).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The build did not embed {ResourceName}.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
