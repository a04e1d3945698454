#pragma warning disable MCP9005 // Sampling is deprecated in the spec's next revision, and still what 2025 clients offer.
using JanitorVideo.TestSupport;
using JanitorVideo.Server.Tests.Support;
using Microsoft.Extensions.AI;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using SkiaSharp;

namespace JanitorVideo.Server.Tests;

/// <summary>
/// Words the studio's rules cannot place go to the connected client's own model through MCP
/// sampling; its plan is validated and applied. The client's model here is a scripted stand-in
/// (no model runs on this machine); the sampling round trip is the SDK's real one.
/// </summary>
public sealed class SamplingFallbackTests
{
    [Fact]
    public async Task GenerateOrEdit_UnplacedWordsWithASamplingClient_AppliesTheClientModelsPlan()
    {
        using var folder = new TempFolder();
        var model = new ScriptedModel("""{"steps":[{"type":"add_particles","imageIndex":0,"kind":"fireflies"}],"understood":["a summer evening: fireflies"],"question":null}""");
        await using var mcp = await InProcessMcp.StartAsync(Settings.For(folder), new McpClientHandlers { SamplingHandler = ((IChatClient)model).CreateSamplingHandler() });
        using var art = TestArt.Character(300, 450);
        var image = TestArt.Save(art, Path.Combine(folder.Path, "druid.png"), SKEncodedImageFormat.Png);
        await mcp.Client.CallAsync("upload", new { files = new[] { image } });
        await mcp.Client.CallAsync("generate_or_edit", new { instruction = "animate this, 2 seconds" });

        var edit = await mcp.Client.CallAsync("generate_or_edit", new { instruction = "make it feel like a summer evening in the countryside" });

        Assert.NotEqual(true, edit.IsError);
        Assert.Equal(1, model.Calls);
        Assert.Contains("fireflies", edit.Field("reply"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("countryside", model.LastPrompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateOrEdit_UnplacedWordsWithoutSampling_AsksTheUser()
    {
        using var folder = new TempFolder();
        await using var mcp = await InProcessMcp.StartAsync(Settings.For(folder));
        using var art = TestArt.Character(300, 450);
        var image = TestArt.Save(art, Path.Combine(folder.Path, "druid.png"), SKEncodedImageFormat.Png);
        await mcp.Client.CallAsync("upload", new { files = new[] { image } });

        var edit = await mcp.Client.CallAsync("generate_or_edit", new { instruction = "make it feel like a summer evening in the countryside" });

        Assert.NotEqual(true, edit.IsError);
        Assert.EndsWith("?", edit.Field("reply").Trim(), StringComparison.Ordinal);
    }
}
