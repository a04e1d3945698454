using JanitorVideo.Server.Tests.Support;
using JanitorVideo.TestSupport;
using Serilog;
using Serilog.Events;
using SkiaSharp;

namespace JanitorVideo.Server.Tests.Export;

/// <summary>
/// What an operator reads in the log of an export: one line from the studio's render queue and one
/// from the server's export, each saying where the time went, phase by phase (the export benchmark
/// reads the same lines).
/// </summary>
public sealed class ExportPhasesLogTests
{
    private const string RenderLine = "Render {RenderId} completed in {RenderMs} ms";
    private const string ExportLine = "Export of {SessionId} delivered render {RenderId}";

    [Fact]
    public async Task Export_ThatRendersThenUnchanged_LogsOnePhasesLinePerRenderAndPerExport()
    {
        using var folder = new TempFolder();
        var log = new CollectingSink();
        await using var logger = new LoggerConfiguration().MinimumLevel.Information().WriteTo.Sink(log).CreateLogger();
        await using var mcp = await InProcessMcp.StartAsync(Settings.For(folder), services: services => services.AddSerilog(logger));
        var art = TestArt.Save(TestArt.Character(240, 360), folder.Combine("hero.png"), SKEncodedImageFormat.Png);
        await mcp.Client.CallAsync("upload", new { files = new[] { art } }).WaitAsync(Deadline.Default);
        await mcp.Client.CallAsync("generate_or_edit", new { instruction = "animate this character with a slow push-in and sparkles, 1 second, 720p" })
            .WaitAsync(Deadline.Default);

        var rendered = await mcp.Client.CallAsync("export").WaitAsync(Deadline.Default);
        var again = await mcp.Client.CallAsync("export").WaitAsync(Deadline.Default);

        Assert.True(rendered.IsError != true, rendered.Text());
        var renderId = rendered.Field("render_id");
        var render = Assert.Single(log.Events, e => e.MessageTemplate.Text.StartsWith(RenderLine, StringComparison.Ordinal));
        Assert.Equal(LogEventLevel.Information, render.Level);
        Assert.Equal(renderId, Scalar(render, "RenderId"));
        AssertFigures(render, "RenderMs", "QueueMs", "DecodeMs", "PrepareMs", "EncoderStartMs", "FramesMs", "FlushMs", "VerifyMs", "PreviewsMs", "JoinMs");
        Assert.True(Milliseconds(render, "FramesMs") > 0, "drawing and encoding frames takes time");
        Assert.True(Convert.ToInt32(Scalar(render, "Frames"), System.Globalization.CultureInfo.InvariantCulture) > 0);

        var exports = log.Events.Where(e => e.MessageTemplate.Text.StartsWith(ExportLine, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, exports.Count);
        foreach (var export in exports)
        {
            Assert.Equal(renderId, Scalar(export, "RenderId"));
            AssertFigures(export, "TotalMs", "ProjectMs", "RenderWaitMs", "DownloadMs", "InspectMs", "KeepMs", "CopyMs");
        }

        Assert.Equal((false, true), ((bool)Scalar(exports[0], "Reused")!, (bool)Scalar(exports[1], "Reused")!));
        // The render's own figure is read just after it is stored as done, so a poll may see it done a moment sooner.
        Assert.True(Milliseconds(exports[0], "RenderWaitMs") >= Milliseconds(render, "RenderMs") - 50, "the export waited for the whole render");
        Assert.Equal(0, Milliseconds(exports[1], "RenderWaitMs"));
    }

    private static void AssertFigures(LogEvent line, params string[] names)
    {
        foreach (var name in names)
        {
            Assert.True(Milliseconds(line, name) >= 0, $"{name} in: {line.RenderMessage()}");
        }
    }

    private static long Milliseconds(LogEvent line, string name) =>
        Scalar(line, name) is long value ? value : throw new Xunit.Sdk.XunitException($"{name} is not a whole number in: {line.RenderMessage()}");

    private static object? Scalar(LogEvent line, string name) =>
        line.Properties.TryGetValue(name, out var value) && value is ScalarValue scalar ? scalar.Value : null;
}
