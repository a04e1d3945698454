using System.Collections.Concurrent;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Server.Tests.Support;
using JanitorVideo.TestSupport;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using SkiaSharp;

namespace JanitorVideo.Server.Tests;

/// <summary>
/// The five tools on the embedded studio (the default backend), through the SDK's real client: an
/// agent uploads a character, asks for an animation in plain words, reads the timeline, checks the
/// credits and exports an MP4, with render progress arriving as MCP progress notifications.
/// </summary>
public sealed class StudioEndToEndTests
{
    [Fact]
    public async Task FiveTools_UploadAnimateStateCreditsExport_WriteAPlayableMp4AndReportProgress()
    {
        using var folder = new TempFolder();
        await using var mcp = await InProcessMcp.StartAsync(Settings.For(folder));
        using var art = TestArt.Character(300, 450);
        var image = TestArt.Save(art, Path.Combine(folder.Path, "druid.png"), SKEncodedImageFormat.Png);

        var upload = await mcp.Client.CallAsync("upload", new { files = new[] { image } });
        var edit = await mcp.Client.CallAsync("generate_or_edit",
            new { instruction = "animate this character with a slow push-in and falling petals, 2 seconds, 720p, add the title 'The Druid'" });
        var state = await mcp.Client.CallAsync("get_state");
        var credits = await mcp.Client.CallAsync("get_credits");
        var progress = new ConcurrentQueue<ProgressNotificationValue>();
        var target = Path.Combine(folder.Path, "druid.mp4");
        var export = await mcp.Client.CallToolAsync("export", new Dictionary<string, object?> { ["output_path"] = target },
            new SynchronousProgress(progress.Enqueue));

        Assert.NotEqual(true, upload.IsError);
        Assert.NotEqual(true, edit.IsError);
        Assert.Contains("Druid", edit.Field("reply"), StringComparison.Ordinal);
        Assert.Contains("Title: \"The Druid\"", state.Text(), StringComparison.Ordinal);
        Assert.Contains("unlimited", credits.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(true, export.IsError);
        Assert.Equal(target, export.Field("path"));
        var probe = await Ffprobe.ProbeAsync(target, FfmpegTools.Locate());
        Assert.Equal(("h264", 720, 1280), (probe.VideoCodec, probe.Width, probe.Height));
        Assert.InRange(probe.DurationSeconds, 1.9, 2.2);
        Assert.True(File.Exists(export.Field("preview_path")), "the contact sheet is delivered beside the MP4");
        Assert.Contains(export.Content, block => block is ImageContentBlock { MimeType: "image/png" });
        Assert.NotEmpty(progress);
        Assert.Equal(100, progress.Last().Progress);
    }

    [Fact]
    public async Task GenerateOrEdit_WordsTheRulesCannotPlace_AsksOneQuestionWithoutChangingTheTimeline()
    {
        using var folder = new TempFolder();
        await using var mcp = await InProcessMcp.StartAsync(Settings.For(folder));
        using var art = TestArt.Character(300, 450);
        var image = TestArt.Save(art, Path.Combine(folder.Path, "druid.png"), SKEncodedImageFormat.Png);
        await mcp.Client.CallAsync("upload", new { files = new[] { image } });

        var edit = await mcp.Client.CallAsync("generate_or_edit", new { instruction = "make it feel more like my grandmother's kitchen" });
        var state = await mcp.Client.CallAsync("get_state");

        Assert.NotEqual(true, edit.IsError);
        Assert.Contains("?", edit.Field("reply"), StringComparison.Ordinal);
        Assert.Contains("false", state.StructuredContent?.GetProperty("ready_for_export").ToString(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reports on the caller's thread, so nothing is lost between the last report and the assertion.</summary>
    private sealed class SynchronousProgress(Action<ProgressNotificationValue> report) : IProgress<ProgressNotificationValue>
    {
        public void Report(ProgressNotificationValue value) => report(value);
    }
}
