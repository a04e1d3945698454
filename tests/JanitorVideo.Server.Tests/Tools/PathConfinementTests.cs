using JanitorVideo.Server.Configuration;
using JanitorVideo.Server.Export;
using JanitorVideo.Server.Tests.Support;
using JanitorVideo.Studio.Engine;
using JanitorVideo.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using SkiaSharp;

namespace JanitorVideo.Server.Tests.Tools;

/// <summary>
/// What a client's paths may touch: over HTTP only the data folder's inbox and exports (and
/// JANITOR_ALLOWED_ROOTS); over stdio the client's roots when it has some. A path outside gets one
/// refusal that says nothing about it, symlinks and <c>..</c> do not get out, and nothing is written
/// through a symlink. Through the real tools and the SDK's client.
/// </summary>
public sealed class PathConfinementTests
{
    private const string Outside = "That path is outside the folders this server may read and write.";

    [Fact]
    public async Task RemoteClient_UploadsFromTheInbox_Accepted_FromElsewhere_RefusedAlike()
    {
        await using var rig = await Rig.StartAsync(remote: true);
        var inside = rig.Art(rig.Data.Inbox);
        var outside = rig.Art(rig.Elsewhere.Path);

        var accepted = await rig.CallAsync("upload", new { files = new[] { inside } });
        var refused = await rig.CallAsync("upload", new { files = new[] { outside } });
        var missing = await rig.CallAsync("upload", new { files = new[] { Path.Combine(rig.Elsewhere.Path, "no-such.png") } });
        var folder = await rig.CallAsync("upload", new { files = new[] { rig.Elsewhere.Path } });

        Assert.True(accepted.IsError != true, accepted.Text());
        refused.AssertPlainError("InvalidInput", Outside);
        // The same words whether the path is a file, missing or a folder: nothing about it is told.
        Assert.Equal(refused.Text(), missing.Text());
        Assert.Equal(refused.Text(), folder.Text());
        Assert.DoesNotContain(rig.Elsewhere.Path, refused.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoteClient_PathThroughALinkLoop_RefusedLikeAnyOther()
    {
        await using var rig = await Rig.StartAsync(remote: true);
        Directory.CreateDirectory(rig.Data.Inbox);
        Link(Path.Combine(rig.Data.Inbox, "a"), Path.Combine(rig.Data.Inbox, "b"));
        Link(Path.Combine(rig.Data.Inbox, "b"), Path.Combine(rig.Data.Inbox, "a"));

        var refused = await rig.CallAsync("upload", new { files = new[] { Path.Combine(rig.Data.Inbox, "a", "hero.png") } });

        refused.AssertPlainError("InvalidInput", Outside);
    }

    [Theory]
    [InlineData("link")]
    [InlineData("dotdot")]
    [InlineData("linked-folder")]
    public async Task RemoteClient_PathThatLeadsOutOfTheInbox_Refused(string how)
    {
        await using var rig = await Rig.StartAsync(remote: true);
        var outside = rig.Art(rig.Elsewhere.Path);
        Directory.CreateDirectory(rig.Data.Inbox);
        var path = how switch
        {
            "link" => Link(Path.Combine(rig.Data.Inbox, "hero.png"), outside),
            "dotdot" => rig.Data.Inbox + "/../../" + Path.GetRelativePath(Path.GetDirectoryName(rig.Data.Root)!, outside),
            _ => Path.Combine(Link(Path.Combine(rig.Data.Inbox, "art"), rig.Elsewhere.Path), Path.GetFileName(outside)),
        };

        var refused = await rig.CallAsync("upload", new { files = new[] { path } });

        refused.AssertPlainError("InvalidInput", Outside);
    }

    [Fact]
    public async Task RemoteClient_ExportOutsideTheExportsFolder_Refused_InsideAccepted()
    {
        await using var rig = await Rig.StartAsync(remote: true);
        await rig.AnimateAsync(rig.Data.Inbox);

        var refused = await rig.CallAsync("export", new { output_path = Path.Combine(rig.Elsewhere.Path, "clip.mp4") });
        Directory.CreateDirectory(rig.Data.Exports);
        var inside = await rig.CallAsync("export", new { output_path = Path.Combine(rig.Data.Exports, "clip.mp4") });

        refused.AssertPlainError("InvalidInput", Outside);
        Assert.Empty(Directory.GetFiles(rig.Elsewhere.Path, "*.mp4"));
        Assert.True(inside.IsError != true, inside.Text());
        Assert.True(File.Exists(Path.Combine(rig.Data.Exports, "clip.mp4")));
    }

    [Fact]
    public async Task RemoteClient_ConfiguredRoot_IsAllowedToo()
    {
        using var shared = new TempFolder();
        await using var rig = await Rig.StartAsync(remote: true, allowedRoots: [shared.Path]);

        var accepted = await rig.CallAsync("upload", new { files = new[] { rig.Art(shared.Path) } });

        Assert.True(accepted.IsError != true, accepted.Text());
    }

    [Fact]
    public async Task LocalClientWithRoots_UploadsOnlyFromItsRoots()
    {
        using var workspace = new TempFolder();
        await using var rig = await Rig.StartAsync(remote: false, roots: [workspace.Path]);

        var accepted = await rig.CallAsync("upload", new { files = new[] { rig.Art(workspace.Path) } });
        var refused = await rig.CallAsync("upload", new { files = new[] { rig.Art(rig.Elsewhere.Path) } });

        Assert.True(accepted.IsError != true, accepted.Text());
        refused.AssertPlainError("InvalidInput", Outside);
    }

    [Fact]
    public async Task LocalClientWithoutRoots_UploadsFromAnywhere()
    {
        await using var rig = await Rig.StartAsync(remote: false);

        var accepted = await rig.CallAsync("upload", new { files = new[] { rig.Art(rig.Elsewhere.Path) } });

        Assert.True(accepted.IsError != true, accepted.Text());
    }

    [Fact]
    public async Task Export_SymlinksWhereTheMp4AndItsPreviewGo_AreReplacedNotWrittenThrough()
    {
        await using var rig = await Rig.StartAsync(remote: false);
        await rig.AnimateAsync(rig.Elsewhere.Path);
        using var victims = new TempFolder();
        var mp4Victim = victims.Write("precious.mp4", [1, 2, 3]);
        var pngVictim = victims.Write("precious.png", [4, 5, 6]);
        var destination = Path.Combine(rig.Elsewhere.Path, "clip.mp4");
        Link(destination, mp4Victim);
        Link(Path.ChangeExtension(destination, ".preview.png"), pngVictim);

        var export = await rig.CallAsync("export", new { output_path = destination });

        Assert.True(export.IsError != true, export.Text());
        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(mp4Victim));
        Assert.Equal([4, 5, 6], await File.ReadAllBytesAsync(pngVictim));
        Assert.Null(new FileInfo(destination).LinkTarget);
        Assert.Null(new FileInfo(Path.ChangeExtension(destination, ".preview.png")).LinkTarget);
    }

    private static string Link(string path, string target)
    {
        File.CreateSymbolicLink(path, target);
        return path;
    }

    private sealed class Rig : IAsyncDisposable
    {
        private readonly TempFolder _folder;
        private readonly StudioEngine _engine;

        private Rig(TempFolder folder, StudioEngine engine, InProcessMcp mcp, DataFolder data)
        {
            _folder = folder;
            _engine = engine;
            Mcp = mcp;
            Data = data;
        }

        public InProcessMcp Mcp { get; }

        public DataFolder Data { get; }

        /// <summary>A folder outside the data folder and every root.</summary>
        public TempFolder Elsewhere { get; } = new();

        /// <param name="remote">As the HTTP host composes the server (clients on other machines).</param>
        public static async Task<Rig> StartAsync(bool remote, IReadOnlyList<string>? roots = null, IReadOnlyList<string>? allowedRoots = null)
        {
            var folder = new TempFolder();
            var settings = Settings.For(folder) with { RemoteClients = remote, AllowedRoots = allowedRoots ?? [] };
            var engine = StudioEngine.Start(new StudioOptions { Folder = folder.Combine("studio"), RenderWorkers = 1 });
            var handlers = roots is null ? null : new McpClientHandlers
            {
#pragma warning disable MCP9005 // Roots are deprecated in the 2026 revision, but hosts still expose them.
                RootsHandler = (_, _) => ValueTask.FromResult(new ListRootsResult
                {
                    Roots = [.. roots.Select(root => new Root { Uri = new Uri(root + "/").AbsoluteUri, Name = Path.GetFileName(root) })],
                }),
#pragma warning restore MCP9005
            };
            var mcp = await InProcessMcp.StartAsync(settings, handlers, new StudioBackend(engine),
                services => services.AddSingleton(new ExportOptions { ToolWait = TimeSpan.FromMinutes(2) }));
            return new Rig(folder, engine, mcp, settings.Data);
        }

        /// <summary>A small character picture saved in <paramref name="folder"/>.</summary>
        public string Art(string folder)
        {
            Directory.CreateDirectory(folder);
            return TestArt.Save(TestArt.Character(240, 360), Path.Combine(folder, $"hero-{Guid.NewGuid():N}.png"), SKEncodedImageFormat.Png);
        }

        public Task<CallToolResult> CallAsync(string tool, object arguments) => Mcp.Client.CallAsync(tool, arguments).WaitAsync(Deadline.Default);

        public async Task AnimateAsync(string artFolder)
        {
            var upload = await CallAsync("upload", new { files = new[] { Art(artFolder) } });
            Assert.True(upload.IsError != true, upload.Text());
            var animate = await CallAsync("generate_or_edit", new { instruction = "animate this character with a slow push-in, 1 second, 720p" });
            Assert.True(animate.IsError != true, animate.Text());
        }

        public async ValueTask DisposeAsync()
        {
            await Mcp.DisposeAsync();
            await _engine.DisposeAsync();
            Elsewhere.Dispose();
            _folder.Dispose();
        }
    }
}
