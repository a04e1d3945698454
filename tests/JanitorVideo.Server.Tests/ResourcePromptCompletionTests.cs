using JanitorVideo.Server.Tests.Support;
using JanitorVideo.TestSupport;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace JanitorVideo.Server.Tests;

public sealed class ResourcePromptCompletionTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private InProcessMcp mcp = null!;

    public async Task InitializeAsync() => mcp = await InProcessMcp.StartAsync(Settings.For(folder));

    public async Task DisposeAsync()
    {
        await mcp.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task ListResources_OffersTheFormatsAndTheTimelineTemplate()
    {
        var resources = await mcp.Client.ListResourcesAsync();
        var templates = await mcp.Client.ListResourceTemplatesAsync();

        Assert.Contains(resources, r => r.Uri == "janitor://formats");
        Assert.Contains(templates, t => t.UriTemplate == "janitor://sessions/{id}/timeline");
    }

    [Fact]
    public async Task ReadFormats_ListsEveryAcceptedFormatAndTheLimit()
    {
        var result = await mcp.Client.ReadResourceAsync("janitor://formats");
        var text = Assert.IsType<TextResourceContents>(Assert.Single(result.Contents)).Text;

        Assert.Contains("JPEG, PNG, GIF, WEBP", text);
        Assert.Contains("MP3, WAV, M4A, AAC", text);
        Assert.Contains("200 MB", text);
    }

    [Fact]
    public async Task ReadTimeline_UnknownProject_FailsWithPlainWords()
    {
        var error = await Assert.ThrowsAsync<McpProtocolException>(() => mcp.Client.ReadResourceAsync("janitor://sessions/s1/timeline").AsTask());
        Assert.Contains("That project no", error.Message);
        Assert.DoesNotContain("   at ", error.Message);
    }

    [Fact]
    public async Task GetPrompt_AnimateCharacter_WalksThroughUploadAnimateExport()
    {
        var prompts = await mcp.Client.ListPromptsAsync();
        var prompt = Assert.Single(prompts, p => p.Name == "animate_character");
        Assert.Contains(prompt.ProtocolPrompt.Arguments!, a => a is { Name: "image", Required: true });

        var result = await mcp.Client.GetPromptAsync("animate_character", new Dictionary<string, object?>
        {
            ["image"] = "/home/me/druid.png",
            ["style"] = "cinematic",
            ["platform"] = "tiktok",
            ["duration"] = "10",
        });
        var text = Assert.IsType<TextContentBlock>(Assert.Single(result.Messages).Content).Text;

        Assert.Contains("files = [\"/home/me/druid.png\"]", text);
        Assert.Contains("cinematic, 10 seconds, for TikTok (9:16)", text);
        Assert.Contains("Call export", text);
    }

    [Theory]
    [InlineData("style", "c", new[] { "cinematic", "cute" })]
    [InlineData("style", "E", new[] { "energetic", "epic" })]
    [InlineData("platform", "y", new[] { "youtube" })]
    [InlineData("duration", "1", new[] { "10", "15" })]
    [InlineData("image", "/ho", new string[0])]
    public async Task Complete_PromptArgument_OffersMatchingValues(string argument, string typed, string[] expected)
    {
        var result = await mcp.Client.CompleteAsync(new PromptReference { Name = "animate_character" }, argument, typed);
        Assert.Equal(expected, result.Completion.Values);
    }

    [Fact]
    public async Task Complete_UnknownPrompt_AnswersWithNoValues()
    {
        var result = await mcp.Client.CompleteAsync(new PromptReference { Name = "test_prompt_with_arguments" }, "arg1", "test");
        Assert.Empty(result.Completion.Values);
    }

    [Fact]
    public async Task Complete_TimelineId_BeforeAnyProject_OffersNothing()
    {
        var result = await mcp.Client.CompleteAsync(new ResourceTemplateReference { Uri = "janitor://sessions/{id}/timeline" }, "id", "");
        Assert.Empty(result.Completion.Values);
    }
}
