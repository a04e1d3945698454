using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using JanitorVideo.Core.Skill;
using JanitorVideo.Server.Tests.Support;
using JanitorVideo.TestSupport;
using ModelContextProtocol.Client;

namespace JanitorVideo.Server.Tests;

/// <summary>
/// The NuGet package users run with <c>dnx JanitorVideo</c>: a .NET tool that is also an MCP server
/// package, whose <c>.mcp/server.json</c> (the registry entry) names the package at the version the
/// skill file gives, and which, installed from a local source, serves the five tools over stdio.
/// </summary>
public sealed partial class PackageTests(PackedServer packed) : IClassFixture<PackedServer>
{
    private const string CurrentSchema = "https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json";

    private static readonly string[] FiveTools = ["export", "generate_or_edit", "get_credits", "get_state", "upload"];

    // What a host may set for the stdio server; the HTTP-only, shared-studio and testing settings stay out.
    private static readonly string[] UserSettings =
        ["JANITOR_BACKEND", "JANITOR_DATA_DIR", "NEMO_TOKEN", "NEMO_API_URL", "NEMO_WEB_URL", "NEMO_CLIENT_ID", "SKILL_SOURCE"];

    private static string SkillVersion =>
        SkillManifest.Parse(File.ReadAllText(RepositoryFolder.Combine("manifests", "janitor-ai-image-to-video", "SKILL.md"))).Version;

    [Fact]
    public void Pack_ServerJson_NamesThisPackageAtTheSkillVersion()
    {
        var nuspec = Nuspec();
        var server = ServerJson();
        var package = Assert.Single(server["packages"]!.AsArray())!;

        Assert.Equal(SkillVersion, nuspec.Version);
        Assert.Equal(SkillVersion, (string?)server["version"]);
        Assert.Equal(SkillVersion, (string?)package["version"]);
        Assert.Equal("JanitorVideo", nuspec.Id);
        Assert.Equal(nuspec.Id, (string?)package["identifier"]);
        Assert.Equal("nuget", (string?)package["registryType"]);
        Assert.Equal("stdio", (string?)package["transport"]?["type"]);
        Assert.Equal(CurrentSchema, (string?)server["$schema"]);
        // The registry's own limits: a reverse-DNS name with one slash, a description of at most 100 characters.
        Assert.Matches("^[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+$", (string?)server["name"]);
        Assert.InRange(((string?)server["description"])?.Length ?? 0, 1, 100);
    }

    [Fact]
    public void Pack_ServerJson_DeclaresTheSettingsTheReadmeDocuments()
    {
        var variables = Assert.Single(ServerJson()["packages"]!.AsArray())!["environmentVariables"]!.AsArray()
            .Select(variable => variable!.AsObject()).ToList();
        var configuration = ReadmeSection("## Configuration");

        Assert.Equal(UserSettings, variables.Select(v => (string)v["name"]!));
        Assert.Equal(new[] { "NEMO_TOKEN" }, variables.Where(v => (bool?)v["isSecret"] == true).Select(v => (string)v["name"]!));
        Assert.All(variables, variable =>
        {
            var name = (string)variable["name"]!;
            Assert.Contains($"`{name}`", configuration, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace((string?)variable["description"]), $"{name} has no description");
            Assert.NotEqual(true, (bool?)variable["isRequired"]);
            // A host writes a default into the environment, and a set NEMO_API_URL alone chooses the cloud: defaults are told in words only.
            Assert.False(variable.ContainsKey("default"), $"{name} has a default value");
        });
    }

    [Fact]
    public void Pack_Package_IsADotnetToolAndAnMcpServerWithItsRegistryName()
    {
        var nuspec = Nuspec();
        var readme = packed.ReadEntry("README.md");
        var settings = XDocument.Parse(packed.ReadEntry("tools/net10.0/any/DotnetToolSettings.xml"));

        Assert.Equal(new[] { "DotnetTool", "McpServer" }, nuspec.PackageTypes);
        Assert.Equal("janitor-video", settings.Descendants("Command").Single().Attribute("Name")?.Value);
        // The registry proves a NuGet package is this server's by this line in the package README.
        Assert.Contains($"mcp-name: {(string?)ServerJson()["name"]}", readme, StringComparison.Ordinal);
        Assert.DoesNotContain(packed.EntryNames(), name => name.Contains("/runtimes/", StringComparison.Ordinal) && name.EndsWith(".pdb", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dnx_FromALocalSource_ServesTheFiveToolsOverStdio()
    {
        using var deadline = new CancellationTokenSource(Deadline.Default);
        var stderr = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "janitor-video (dnx)",
            Command = "dotnet",
            Arguments = ["dnx", $"JanitorVideo@{SkillVersion}", "--source", packed.Source, "--yes"],
            EnvironmentVariables = packed.ChildEnvironment(packed.NewFolder("dnx-data")),
            StandardErrorLines = stderr.Enqueue,
        });

        try
        {
            await using var client = await McpClient.CreateAsync(transport,
                new McpClientOptions { DiscoverProbeTimeout = TimeSpan.FromSeconds(30) }, cancellationToken: deadline.Token);
            var tools = await client.ListToolsAsync(cancellationToken: deadline.Token);
            var credits = await client.CallToolAsync("get_credits", cancellationToken: deadline.Token);

            Assert.Equal(SkillVersion, client.ServerInfo?.Version);
            Assert.Equal(FiveTools, tools.Select(tool => tool.Name).Order(StringComparer.Ordinal));
            // The studio answers from the package's own files (its database's native library among them).
            Assert.Contains("unlimited", credits.Text(), StringComparison.Ordinal);
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"dnx JanitorVideo failed: {e.Message}\nits stderr:\n{string.Join("\n", stderr)}", e);
        }
    }

    [Fact]
    public async Task ToolInstall_FromALocalSource_InstallsTheJanitorVideoCommand()
    {
        var tools = packed.NewFolder("tools");
        await packed.RunDotnetAsync("dotnet tool install", Deadline.Default,
            "tool", "install", "JanitorVideo", "--version", SkillVersion, "--tool-path", tools, "--source", packed.Source);

        var info = new System.Diagnostics.ProcessStartInfo(Path.Combine(tools, "janitor-video"), ["--version"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = System.Diagnostics.Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        await Deadline.ExitAsync(process, "janitor-video --version");

        Assert.Equal(0, process.ExitCode);
        Assert.StartsWith(SkillVersion, (await output).Trim(), StringComparison.Ordinal);
    }

    private JsonObject ServerJson() => JsonNode.Parse(packed.ReadEntry(".mcp/server.json"))!.AsObject();

    private (string Id, string Version, string[] PackageTypes) Nuspec()
    {
        var document = XDocument.Parse(packed.ReadEntry("JanitorVideo.nuspec"));
        var metadata = document.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Text(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        var types = metadata.Descendants().Where(e => e.Name.LocalName == "packageType").Select(e => e.Attribute("name")!.Value).ToArray();
        return (Text("id"), Text("version"), types);
    }

    private static string ReadmeSection(string heading)
    {
        var readme = File.ReadAllText(RepositoryFolder.Combine("README.md"));
        var start = readme.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no '{heading}' section");
        var end = NextHeading().Match(readme, start + heading.Length + 2);
        return end.Success ? readme[start..end.Index] : readme[start..];
    }

    [GeneratedRegex(@"\n## ")]
    private static partial Regex NextHeading();
}
