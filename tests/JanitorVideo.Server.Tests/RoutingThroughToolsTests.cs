using JanitorVideo.Server.Tests.Support;

namespace JanitorVideo.Server.Tests;

/// <summary>generate_or_edit routes the user's words before the agent sees them; the structured result names the action taken.</summary>
public sealed class RoutingThroughToolsTests
{
    [Theory]
    [InlineData("how many credits do I have", "credits")]
    [InlineData("我还有多少积分", "credits")]
    [InlineData("send me the mp4", "export")]
    [InlineData("把视频导出", "export")]
    [InlineData("show me the timeline", "state")]
    [InlineData("export the title in red", "message")]
    [InlineData("animate this character image into a short video clip with motion", "message")]
    public async Task GenerateOrEdit_Words_RouteToTheirAction(string instruction, string action)
    {
        using var folder = new TestFolder();
        await using var mcp = await InProcessMcp.StartAsync(Settings.For(folder));

        var result = await mcp.Client.CallAsync("generate_or_edit", new { instruction });

        // No backend is configured in this build, so the routed action reports that plainly.
        result.AssertPlainError("NoBackend", "No video backend is configured yet");
        Assert.Equal(action, result.Field("action"));
    }

    [Fact]
    public async Task GenerateOrEdit_UploadWordsWithoutAFile_ExplainsHowToUpload()
    {
        using var folder = new TestFolder();
        await using var mcp = await InProcessMcp.StartAsync(Settings.For(folder));

        var result = await mcp.Client.CallAsync("generate_or_edit", new { instruction = "上传这张图" });

        Assert.NotEqual(true, result.IsError);
        Assert.Equal("upload", result.Field("action"));
        Assert.Contains("call upload with its full path", result.Text());
    }

    [Fact]
    public async Task GenerateOrEdit_UploadWordsWithAMissingPath_ChecksThatPath()
    {
        using var folder = new TestFolder();
        await using var mcp = await InProcessMcp.StartAsync(Settings.For(folder));
        var missing = Path.Combine(folder.Path, "hero.png");

        var result = await mcp.Client.CallAsync("generate_or_edit", new { instruction = $"upload {missing} please" });

        result.AssertPlainError("NotFound", missing);
        Assert.Equal("upload", result.Field("action"));
    }
}
