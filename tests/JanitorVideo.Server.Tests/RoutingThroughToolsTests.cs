using JanitorVideo.Server.Tests.Support;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Server.Tests;

/// <summary>generate_or_edit routes the user's words before the studio's agent sees them; the structured result names the action taken.</summary>
public sealed class RoutingThroughToolsTests
{
    [Theory]
    [InlineData("how many credits do I have", "credits", "unlimited")]
    [InlineData("我还有多少积分", "credits", "unlimited")]
    [InlineData("show me the timeline", "state", "Timeline is empty")]
    [InlineData("export the title in red", "message", "What would you like?")]
    [InlineData("animate this character image into a short video clip with motion", "message", "Please upload an image first")]
    public async Task GenerateOrEdit_Words_RouteToTheirAction(string instruction, string action, string answer)
    {
        using var folder = new TempFolder();
        await using var mcp = await InProcessMcp.StartAsync(Settings.For(folder));

        var result = await mcp.Client.CallAsync("generate_or_edit", new { instruction });

        Assert.NotEqual(true, result.IsError);
        Assert.Equal(action, result.Field("action"));
        Assert.Contains(answer, result.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("send me the mp4")]
    [InlineData("把视频导出")]
    public async Task GenerateOrEdit_ExportWordsOnAnEmptyProject_SayThereIsNothingToExportYet(string instruction)
    {
        using var folder = new TempFolder();
        await using var mcp = await InProcessMcp.StartAsync(Settings.For(folder));

        var result = await mcp.Client.CallAsync("generate_or_edit", new { instruction });

        result.AssertPlainError("NothingToExport", "");
        Assert.Equal("export", result.ErrorField("action"));
    }

    [Fact]
    public async Task GenerateOrEdit_UploadWordsWithoutAFile_ExplainsHowToUpload()
    {
        using var folder = new TempFolder();
        await using var mcp = await InProcessMcp.StartAsync(Settings.For(folder));

        var result = await mcp.Client.CallAsync("generate_or_edit", new { instruction = "上传这张图" });

        Assert.NotEqual(true, result.IsError);
        Assert.Equal("upload", result.Field("action"));
        Assert.Contains("call upload with its full path", result.Text());
    }

    [Fact]
    public async Task GenerateOrEdit_UploadWordsWithAMissingPath_ChecksThatPath()
    {
        using var folder = new TempFolder();
        await using var mcp = await InProcessMcp.StartAsync(Settings.For(folder));
        var missing = Path.Combine(folder.Path, "hero.png");

        var result = await mcp.Client.CallAsync("generate_or_edit", new { instruction = $"upload {missing} please" });

        result.AssertPlainError("NotFound", missing);
        Assert.Equal("upload", result.ErrorField("action"));
    }
}
