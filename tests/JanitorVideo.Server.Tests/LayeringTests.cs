using System.Reflection;
using System.Text.RegularExpressions;
using JanitorVideo.Server.Hosting;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Server.Tests;

/// <summary>
/// The layering ARCHITECTURE.md draws: the server composes Core, the studio and the cloud client and
/// never reaches into the render engine (the studio speaks for it in its own words).
/// </summary>
public sealed partial class LayeringTests
{
    private const string Render = "JanitorVideo.Render";

    [Fact]
    public void ServerAssembly_DoesNotReferenceTheRenderEngine()
    {
        var references = typeof(McpComposition).Assembly.GetReferencedAssemblies().Select(name => name.Name);

        Assert.DoesNotContain(Render, references);
    }

    [Fact]
    public void ServerProject_HasNoProjectReferenceToTheRenderEngine()
    {
        var project = File.ReadAllText(RepositoryFolder.Combine("src", "JanitorVideo.Server", "JanitorVideo.Server.csproj"));

        Assert.DoesNotContain($"{Render}.csproj", project, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ServerSources_NameNoRenderNamespace()
    {
        var folder = RepositoryFolder.Combine("src", "JanitorVideo.Server");
        var offenders = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(path => RenderNamespace().IsMatch(File.ReadAllText(path)))
            .Select(path => Path.GetRelativePath(folder, path))
            .ToList();

        Assert.True(offenders.Count == 0, $"these server files name the render engine: {string.Join(", ", offenders)}");
    }

    [GeneratedRegex(@"\bJanitorVideo\.Render\b")]
    private static partial Regex RenderNamespace();
}
