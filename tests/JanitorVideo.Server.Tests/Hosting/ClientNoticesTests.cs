#pragma warning disable MCP9005 // Logging to the client is deprecated in the 2026 revision; hosts of earlier revisions still use it.
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using JanitorVideo.Server.Export;
using JanitorVideo.Server.Hosting;
using JanitorVideo.Server.Tests.Support;
using JanitorVideo.Studio.Engine;
using JanitorVideo.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using SkiaSharp;

namespace JanitorVideo.Server.Tests.Hosting;

/// <summary>Notable events reach the client as logging notifications, at the level the client sets.</summary>
public sealed class ClientNoticesTests
{
    [Fact]
    public async Task Export_ClientListensAtInfo_HearsTheRenderStartAndFinish()
    {
        await using var rig = await Rig.StartAsync(FaultOptions.None);
        await rig.AnimateAsync();

        await rig.Mcp.Client.SetLoggingLevelAsync(LoggingLevel.Info).WaitAsync(Deadline.Default);

        var export = await rig.Mcp.Client.CallAsync("export").WaitAsync(Deadline.Default);

        var renderId = export.Field("render_id");
        await rig.HeardAsync($"Render {renderId} of project {rig.SessionId} finished");
        Assert.Contains(rig.Heard, notice => notice.Text.StartsWith($"Render {renderId} of project {rig.SessionId} started", StringComparison.Ordinal) && notice.Level == LoggingLevel.Info);
    }

    [Fact]
    public async Task Export_ClientListensAtWarning_HearsNoRoutineNews()
    {
        await using var rig = await Rig.StartAsync(FaultOptions.None);
        await rig.AnimateAsync();
        await rig.Mcp.Client.SetLoggingLevelAsync(LoggingLevel.Warning).WaitAsync(Deadline.Default);

        var export = await rig.Mcp.Client.CallAsync("export").WaitAsync(Deadline.Default);
        await rig.Mcp.Client.CallAsync("get_state").WaitAsync(Deadline.Default);

        Assert.True(export.IsError != true, export.Text());
        Assert.Empty(rig.Heard);
    }

    [Fact]
    public async Task Export_ClientSetsNoLevel_HearsNothing()
    {
        await using var rig = await Rig.StartAsync(new FaultOptions { FailFirstRenders = 1 });
        await rig.AnimateAsync();

        var export = await rig.Mcp.Client.CallAsync("export").WaitAsync(Deadline.Default);
        await rig.Mcp.Client.CallAsync("get_state").WaitAsync(Deadline.Default);

        Assert.True(export.IsError != true, export.Text());
        Assert.Empty(rig.Heard);
    }

    [Fact]
    public async Task Export_RenderFailsOnce_TheClientHearsItWasRetried()
    {
        await using var rig = await Rig.StartAsync(new FaultOptions { FailFirstRenders = 1 });
        await rig.AnimateAsync();

        await rig.Mcp.Client.SetLoggingLevelAsync(LoggingLevel.Warning).WaitAsync(Deadline.Default);

        await rig.Mcp.Client.CallAsync("export").WaitAsync(Deadline.Default);

        await rig.HeardAsync("trying once more under a new id");
    }

    [Fact]
    public async Task GetState_ProjectForgotten_TheClientHearsItRestarted()
    {
        await using var rig = await Rig.StartAsync(new FaultOptions { LoseSessionAt = 2 });
        var art = TestArt.Save(TestArt.Character(240, 360), Path.Combine(rig.Folder.Path, "hero.png"), SKEncodedImageFormat.Png);
        var upload = await rig.Mcp.Client.CallAsync("upload", new { files = new[] { art } }).WaitAsync(Deadline.Default);

        await rig.Mcp.Client.SetLoggingLevelAsync(LoggingLevel.Warning).WaitAsync(Deadline.Default);

        await rig.Mcp.Client.CallAsync("get_state").WaitAsync(Deadline.Default);

        await rig.HeardAsync($"Project {upload.Field("session_id")} no longer exists on the video service; it restarted as");
    }

    [Fact]
    public async Task Cloud_TokenWornOut_TheClientHearsItWasRenewed()
    {
        await using var studio = await LoopbackStudio.StartAsync(new FaultOptions { TokenUses = 1 });
        using var folder = new TempFolder();
        var heard = new ConcurrentQueue<Notice>();
        var backend = studio.Backend(logger: new TellingLogger(NullLogger.Instance, new ClientNotices()));
        await using var mcp = await InProcessMcp.StartAsync(Settings.For(folder), Rig.Listening(heard), backend, protocolVersion: Rig.SetLevelRevision);
        await mcp.Client.SetLoggingLevelAsync(LoggingLevel.Warning).WaitAsync(Deadline.Default);

        await mcp.Client.CallAsync("get_credits").WaitAsync(Deadline.Default);
        await mcp.Client.CallAsync("get_credits").WaitAsync(Deadline.Default);

        await Deadline.PollAsync(() => heard.ToList(), notices => notices.Any(n => n.Text.Contains("1001: token invalid or expired", StringComparison.Ordinal)),
            TimeSpan.FromMilliseconds(20), "the client to hear of the renewed token");
        Assert.DoesNotContain(heard, notice => notice.Text.Contains("nmv_usr_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_2026Revision_EachRequestNamesItsLevel()
    {
        // The SDK's own client does not send the per-request level (it strips it), so this client speaks JSON-RPC itself.
        using var folder = new TempFolder();
        await using var engine = StudioEngine.Start(new StudioOptions { Folder = folder.Combine("studio"), RenderWorkers = 1 });
        await using var mcp = await InProcessMcp.StartAsync(Settings.For(folder), backend: new StudioBackend(engine), connect: false);
        var raw = new RawClient(mcp);
        var art = TestArt.Save(TestArt.Character(240, 360), Path.Combine(folder.Path, "hero.png"), SKEncodedImageFormat.Png);

        var (upload, quiet) = await raw.CallAsync("upload", new JsonObject { ["files"] = new JsonArray(art) }, level: null);
        var (animate, _) = await raw.CallAsync("generate_or_edit", new JsonObject { ["instruction"] = "animate this character with a slow push-in, 1 second, 720p" }, level: "error");
        var (export, told) = await raw.CallAsync("export", new JsonObject(), level: "info");

        Assert.False(upload["isError"]?.GetValue<bool>() ?? false, upload.ToJsonString());
        Assert.False(animate["isError"]?.GetValue<bool>() ?? false, animate.ToJsonString());
        var renderId = export["structuredContent"]!["render_id"]!.GetValue<string>();
        Assert.Empty(quiet);
        Assert.Contains(told, notice => notice.Text.StartsWith($"Render {renderId} of project", StringComparison.Ordinal) && notice.Text.Contains("finished", StringComparison.Ordinal));
        Assert.All(told, notice => Assert.Equal(LoggingLevel.Info, notice.Level));
    }

    internal sealed record Notice(LoggingLevel Level, string Text);

    /// <summary>A client of the 2026-07-28 revision written here: each request carries its revision, identity and (optionally) log level.</summary>
    private sealed class RawClient(InProcessMcp mcp)
    {
        private readonly StreamReader _reader = new(mcp.FromServer);
        private int _id;

        /// <summary>Calls <paramref name="tool"/>; returns its result and the log notices that came before it.</summary>
        public async Task<(JsonObject Result, List<Notice> Notices)> CallAsync(string tool, JsonObject arguments, string? level)
        {
            var id = ++_id;
            var meta = new JsonObject
            {
                [MetaKeys.ProtocolVersion] = "2026-07-28",
                [MetaKeys.ClientInfo] = new JsonObject { ["name"] = "raw-2026", ["version"] = "1.0" },
                [MetaKeys.ClientCapabilities] = new JsonObject(),
            };
            if (level is not null)
            {
                meta[MetaKeys.LogLevel] = level;
            }

            var request = new JsonObject
            {
                ["jsonrpc"] = "2.0",
                ["id"] = id,
                ["method"] = "tools/call",
                ["params"] = new JsonObject { ["name"] = tool, ["arguments"] = arguments, ["_meta"] = meta },
            };
            await mcp.ToServer.WriteAsync(System.Text.Encoding.UTF8.GetBytes(request.ToJsonString() + "\n")).AsTask().WaitAsync(Deadline.Default);
            await mcp.ToServer.FlushAsync().WaitAsync(Deadline.Default);

            var notices = new List<Notice>();
            while (true)
            {
                var line = await _reader.ReadLineAsync().WaitAsync(Deadline.Default)
                    ?? throw new InvalidOperationException("the server closed the stream");
                var message = JsonNode.Parse(line)!.AsObject();
                if (message["method"]?.GetValue<string>() == NotificationMethods.LoggingMessageNotification)
                {
                    var told = message["params"]!;
                    notices.Add(new Notice(JsonSerializer.Deserialize<LoggingLevel>(told["level"]!.ToJsonString(), ModelContextProtocol.McpJsonUtilities.DefaultOptions),
                        told["data"]!.GetValue<string>()));
                }
                else if (message["id"]?.GetValue<int>() == id)
                {
                    Assert.True(message["error"] is null, message.ToJsonString());
                    return (message["result"]!.AsObject(), notices);
                }
            }
        }
    }

    private sealed class Rig : IAsyncDisposable
    {
        private Rig(TempFolder folder, StudioEngine engine, InProcessMcp mcp, ConcurrentQueue<Notice> heard)
        {
            Folder = folder;
            Engine = engine;
            Mcp = mcp;
            Heard = heard;
        }

        public TempFolder Folder { get; }

        public StudioEngine Engine { get; }

        public InProcessMcp Mcp { get; }

        public ConcurrentQueue<Notice> Heard { get; }

        public string SessionId { get; private set; } = "";

        public static McpClientHandlers Listening(ConcurrentQueue<Notice> heard) => new()
        {
            NotificationHandlers =
            [
                new(NotificationMethods.LoggingMessageNotification, (notification, _) =>
                {
                    var message = notification.Params!.Deserialize<LoggingMessageNotificationParams>(ModelContextProtocol.McpJsonUtilities.DefaultOptions)!;
                    heard.Enqueue(new Notice(message.Level, message.Data.ValueKind == JsonValueKind.String ? message.Data.GetString()! : message.Data.ToString()));
                    return ValueTask.CompletedTask;
                }),
            ],
        };

        /// <summary>The newest revision with <c>logging/setLevel</c> (the one most hosts speak); the 2026 revision sets the level per request.</summary>
        public const string SetLevelRevision = "2025-11-25";

        public static async Task<Rig> StartAsync(FaultOptions faults)
        {
            var folder = new TempFolder();
            var heard = new ConcurrentQueue<Notice>();
            var engine = StudioEngine.Start(new StudioOptions { Folder = folder.Combine("studio"), RenderWorkers = 1 }, faults: faults);
            var mcp = await InProcessMcp.StartAsync(Settings.For(folder), Listening(heard), new StudioBackend(engine),
                services => services.AddSingleton(new ExportOptions { ToolWait = TimeSpan.FromMinutes(2) }), SetLevelRevision);
            return new Rig(folder, engine, mcp, heard);
        }

        public async Task AnimateAsync()
        {
            var art = TestArt.Save(TestArt.Character(240, 360), Path.Combine(Folder.Path, "hero.png"), SKEncodedImageFormat.Png);
            var upload = await Mcp.Client.CallAsync("upload", new { files = new[] { art } }).WaitAsync(Deadline.Default);
            SessionId = upload.Field("session_id");
            var animate = await Mcp.Client.CallAsync("generate_or_edit", new { instruction = "animate this character with a slow push-in, 1 second, 720p" }).WaitAsync(Deadline.Default);
            Assert.True(animate.IsError != true, animate.Text());
        }

        /// <summary>Waits (within the deadline) until a notice containing <paramref name="words"/> has come.</summary>
        public Task<List<Notice>> HeardAsync(string words) =>
            Deadline.PollAsync(() => Heard.ToList(), notices => notices.Any(n => n.Text.Contains(words, StringComparison.Ordinal)),
                TimeSpan.FromMilliseconds(20), $"the client to hear \"{words}\"");

        public async ValueTask DisposeAsync()
        {
            await Mcp.DisposeAsync();
            await Engine.DisposeAsync();
            Folder.Dispose();
        }
    }
}
