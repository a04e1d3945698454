using System.Text.Json;
using JanitorVideo.Server.Tests.Support;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Server.Tests;

public sealed class ToolListingTests
{
    [Fact]
    public async Task ListTools_InProcess_OffersTheFiveToolsByExactName()
    {
        using var folder = new TempFolder();
        await using var mcp = await InProcessMcp.StartAsync(Settings.For(folder));

        var tools = await mcp.Client.ListToolsAsync();

        Assert.Equal(["export", "generate_or_edit", "get_credits", "get_state", "upload"], tools.Select(t => t.Name).Order());
    }

    [Fact]
    public async Task ListTools_EveryToolAndParameter_IsDescribedForAnAgent()
    {
        using var folder = new TempFolder();
        await using var mcp = await InProcessMcp.StartAsync(Settings.For(folder));

        foreach (var tool in await mcp.Client.ListToolsAsync())
        {
            Assert.True(tool.Description.Length > 80, $"{tool.Name}'s description is too thin to act on");
            Assert.Contains("Returns", tool.Description + (tool.ProtocolTool.Description ?? ""), StringComparison.OrdinalIgnoreCase);
            var properties = tool.JsonSchema.GetProperty("properties");
            foreach (var parameter in properties.EnumerateObject())
            {
                Assert.True(parameter.Value.TryGetProperty("description", out var description) && description.GetString()!.Length > 10,
                    $"{tool.Name}.{parameter.Name} has no description");
            }
            Assert.NotNull(tool.ProtocolTool.OutputSchema);
        }
    }

    [Theory]
    [InlineData("upload", new[] { "files", "session_id" }, new[] { "files" })]
    [InlineData("generate_or_edit", new[] { "instruction", "session_id" }, new[] { "instruction" })]
    [InlineData("get_state", new[] { "session_id" }, new string[0])]
    [InlineData("get_credits", new string[0], new string[0])]
    [InlineData("export", new[] { "session_id", "output_path" }, new string[0])]
    public async Task ListTools_Parameters_MatchTheContract(string name, string[] parameters, string[] required)
    {
        using var folder = new TempFolder();
        await using var mcp = await InProcessMcp.StartAsync(Settings.For(folder));

        var tool = (await mcp.Client.ListToolsAsync()).Single(t => t.Name == name);
        var schema = tool.JsonSchema;

        Assert.Equal(parameters.Order(), schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order());
        var requiredNames = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!).ToArray() : [];
        Assert.Equal(required.Order(), requiredNames.Order());
    }

    [Fact]
    public async Task ListTools_ReadOnlyTools_SayTheyChangeNothing()
    {
        using var folder = new TempFolder();
        await using var mcp = await InProcessMcp.StartAsync(Settings.For(folder));

        var tools = (await mcp.Client.ListToolsAsync()).ToDictionary(t => t.Name);

        Assert.True(tools["get_state"].ProtocolTool.Annotations?.ReadOnlyHint);
        Assert.True(tools["get_credits"].ProtocolTool.Annotations?.ReadOnlyHint);
        Assert.NotEqual(true, tools["export"].ProtocolTool.Annotations?.ReadOnlyHint);
    }

    [Fact]
    public async Task ListTools_OutputSchema_NamesTheFieldsTheResultsCarry()
    {
        using var folder = new TempFolder();
        await using var mcp = await InProcessMcp.StartAsync(Settings.For(folder));

        var export = (await mcp.Client.ListToolsAsync()).Single(t => t.Name == "export");
        var properties = export.ProtocolTool.OutputSchema!.Value.GetProperty("properties");

        Assert.Equal(JsonValueKind.Object, properties.GetProperty("path").ValueKind);
        Assert.Equal(JsonValueKind.Object, properties.GetProperty("link").ValueKind);
        Assert.Equal(JsonValueKind.Object, properties.GetProperty("size_bytes").ValueKind);
    }
}
