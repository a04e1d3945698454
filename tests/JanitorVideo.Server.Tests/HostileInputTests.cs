using System.Text;
using JanitorVideo.Server.Configuration;
using JanitorVideo.Server.Hosting;
using JanitorVideo.Server.Tests.Support;
using JanitorVideo.TestInputs.Media;
using JanitorVideo.TestSupport;
using Microsoft.AspNetCore.Builder;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Serilog;
using SkiaSharp;

namespace JanitorVideo.Server.Tests;

/// <summary>
/// The hostile-input table over the MCP tools, through the SDK's client over stdio's composition
/// (in process) and over real HTTP: disguised, empty, truncated and bomb files, playlists disguised
/// as media, paths out of the allowed folders, private addresses in many spellings, oversized
/// words, too many files. Each gets a plain refusal of the expected kind, nothing is written outside
/// the data folder, and the same client's next good request is served.
/// </summary>
public sealed class HostileInputTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var face in new[] { "stdio", "http" })
        {
            foreach (var name in Table.Keys)
            {
                if (face == "stdio" && name.StartsWith("outside ", StringComparison.Ordinal))
                {
                    continue; // a local client without roots may name any file it has
                }

                data.Add(face, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HostileInput_IsRefusedPlainly_WritesNothingOutside_AndTheNextRequestIsServed(string face, string name)
    {
        using var root = new TempFolder();
        var data = new DataFolder(root.Combine("data"));
        var bad = Path.Combine(data.Inbox, "bad");
        var elsewhere = root.Combine("elsewhere");
        Directory.CreateDirectory(bad);
        Directory.CreateDirectory(elsewhere);
        var secret = TestArt.Save(TestArt.Character(64, 96), Path.Combine(elsewhere, "secret.png"), SKEncodedImageFormat.Png);
        var context = new Context(bad, elsewhere, secret);
        var (tool, arguments, kind, words) = Table[name](context);
        var before = Snapshot(root.Path, data.Root);
        await using var server = await Face.StartAsync(face, root, data);

        var refused = await server.Client.CallToolAsync(tool, arguments).AsTask().WaitAsync(Deadline.Default);

        refused.AssertPlainError(kind, words);
        Assert.Equal(before, Snapshot(root.Path, data.Root));
        var good = TestArt.Save(TestArt.Character(120, 180), Path.Combine(data.Inbox, "good.png"), SKEncodedImageFormat.Png);
        var next = await server.Client.CallAsync("upload", new { files = new[] { good } }).WaitAsync(Deadline.Default);
        Assert.True(next.IsError != true, next.Text());
    }

    private sealed record Context(string Bad, string Elsewhere, string Secret)
    {
        public string File(string name, byte[] bytes)
        {
            var path = Path.Combine(Bad, name);
            System.IO.File.WriteAllBytes(path, bytes);
            return path;
        }
    }

    private delegate (string Tool, Dictionary<string, object?> Arguments, string Kind, string Words) Case(Context context);

    private static Dictionary<string, object?> Files(params string[] files) => new() { ["files"] = files };

    private static byte[] Id3(string text) => [(byte)'I', (byte)'D', (byte)'3', 3, 0, 0, 0, 0, 0, 0, .. Encoding.UTF8.GetBytes(text)];

    private const string Outside = "outside the folders this server may read and write";

    private static readonly Dictionary<string, Case> Table = new(StringComparer.Ordinal)
    {
        ["text disguised as png"] = c => ("upload", Files(c.File("hero.png", "just some text, not a picture"u8.ToArray())), "UnsupportedFileType", "content is not PNG"),
        ["empty file"] = c => ("upload", Files(c.File("empty.png", [])), "UnsupportedFileType", "empty (0 bytes)"),
        ["truncated png"] = c => ("upload", Files(c.File("cut.png", Png(400, 300)[..300])), "InvalidInput", "cut.png"),
        ["svg with script"] = c => ("upload", Files(c.File("hero.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>"u8.ToArray())), "UnsupportedFileType", "not a format I can use"),
        ["png-html polyglot"] = c => ("upload", Files(c.File("poly.png", [.. Png(64, 64)[..33], .. "<html><script>alert(1)</script></html>"u8.ToArray()])), "InvalidInput", "poly.png"),
        ["hls playlist disguised as mp3"] = c => ("upload", Files(c.File("song.mp3", Id3($"#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:1,\n{c.Secret}\n#EXT-X-ENDLIST\n"))), "InvalidInput", "could not be read as audio"),
        ["dash manifest disguised as mp3"] = c => ("upload", Files(c.File("dash.mp3", Id3($"<?xml version=\"1.0\"?><MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\" type=\"static\" mediaPresentationDuration=\"PT1S\"><Period><AdaptationSet><Representation id=\"a\" bandwidth=\"1\"><BaseURL>file:{c.Secret}</BaseURL></Representation></AdaptationSet></Period></MPD>"))), "InvalidInput", "could not be read as audio"),
        ["concat list disguised as mp3"] = c => ("upload", Files(c.File("list.mp3", Id3($"ffconcat version 1.0\nfile '{c.Secret}'\n"))), "InvalidInput", "could not be read as audio"),
        ["pixel bomb"] = c => ("upload", Files(c.File("bomb.png", EncodedBytes.PngHeaderOnly(30000, 30000))), "InvalidInput", "900 megapixels"),
        ["frame bomb"] = c => ("upload", Files(c.File("bomb.gif", GifBytes.Write(4000, 4000, [(0, 0, 0), (255, 255, 255)],
            Enumerable.Range(0, 200).Select(i => new GifFrame(0, 0, 1, 1, (byte)(i % 2), 2))))), "InvalidInput", "megapixels to draw"),
        ["too many files"] = c => ("upload", Files([.. Enumerable.Range(0, 21).Select(i => Path.Combine(c.Bad, $"f{i}.png"))]), "InvalidInput", "at most 20"),
        ["metadata address"] = _ => ("upload", Files("http://169.254.169.254/latest/meta-data/"), "InvalidInput", "private network"),
        ["metadata address in decimal"] = _ => ("upload", Files("http://2852039166/latest/meta-data/"), "InvalidInput", "private network"),
        ["metadata address in hex"] = _ => ("upload", Files("http://0xa9fea9fe/latest/meta-data/"), "InvalidInput", "private network"),
        ["metadata address through nat64"] = _ => ("upload", Files("http://[64:ff9b::a9fe:a9fe]/latest/meta-data/"), "InvalidInput", "private network"),
        ["loopback through 6to4"] = _ => ("upload", Files("http://[2002:7f00:1::]/hero.png"), "InvalidInput", "private network"),
        ["loopback mapped to ipv6"] = _ => ("upload", Files("http://[::ffff:127.0.0.1]/hero.png"), "InvalidInput", "private network"),
        ["metadata host name"] = _ => ("upload", Files("http://metadata.google.internal/computeMetadata/v1/"), "InvalidInput", "private network"),
        ["oversized instruction"] = _ => ("generate_or_edit", new() { ["instruction"] = new string('a', 50_000) }, "InvalidInput", "50,000 characters long; the limit is 4,000"),
        ["outside file"] = c => ("upload", Files(c.Secret), "InvalidInput", Outside),
        ["outside system file"] = _ => ("upload", Files("/etc/passwd"), "InvalidInput", Outside),
        ["outside device"] = _ => ("upload", Files("/dev/zero"), "InvalidInput", Outside),
        ["outside by dotdot"] = c => ("upload", Files(c.Bad + "/../../../elsewhere/secret.png"), "InvalidInput", Outside),
        ["outside by symlink"] = c => ("upload", Files(Link(Path.Combine(c.Bad, "link.png"), c.Secret)), "InvalidInput", Outside),
        ["outside export path"] = c => ("export", new() { ["output_path"] = Path.Combine(c.Elsewhere, "clip.mp4") }, "InvalidInput", Outside),
    };

    private static string Link(string path, string target)
    {
        File.CreateSymbolicLink(path, target);
        return path;
    }

    private static byte[] Png(int width, int height)
    {
        using var bitmap = TestArt.Character(width, height);
        using var image = SKImage.FromBitmap(bitmap);
        using var encoded = image.Encode(SKEncodedImageFormat.Png, 100);
        return encoded.ToArray();
    }

    // Every file and folder under the test's root except the data folder: what a refusal must not change.
    private static List<string> Snapshot(string root, string data) =>
        [.. Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Where(path => !path.StartsWith(data, StringComparison.Ordinal))
            .Select(path => $"{path}:{(File.Exists(path) ? new FileInfo(path).Length : -1)}")
            .Order(StringComparer.Ordinal)];

    /// <summary>The server's real composition with the SDK's client: in process as stdio composes it, or behind Kestrel on loopback.</summary>
    private sealed class Face : IAsyncDisposable
    {
        private InProcessMcp? _inProcess;
        private WebApplication? _app;

        public McpClient Client { get; private set; } = null!;

        public static async Task<Face> StartAsync(string face, TempFolder root, DataFolder data)
        {
            var settings = new JanitorSettings { Data = data, Backend = Core.Backend.BackendKind.Studio };
            var started = new Face();
            if (face == "stdio")
            {
                started._inProcess = await InProcessMcp.StartAsync(settings);
                started.Client = started._inProcess.Client;
                return started;
            }

            var logger = new LoggerConfiguration().CreateLogger();
            started._app = HttpServerHost.Build(settings, new HttpEndpoint("127.0.0.1", 0), logger);
            await started._app.StartAsync();
            var http = new HttpClient { BaseAddress = new Uri(started._app.Urls.Single()) };
            var transport = new HttpClientTransport(
                new HttpClientTransportOptions { Endpoint = new Uri(http.BaseAddress, "/mcp"), TransportMode = HttpTransportMode.StreamableHttp },
                http,
                ownsHttpClient: true);
            started.Client = await McpClient.CreateAsync(transport, new McpClientOptions { DiscoverProbeTimeout = TimeSpan.FromSeconds(30) });
            _ = root;
            return started;
        }

        public async ValueTask DisposeAsync()
        {
            if (_inProcess is not null)
            {
                await _inProcess.DisposeAsync();
            }

            if (_app is not null)
            {
                await Client.DisposeAsync();
                await _app.DisposeAsync();
            }
        }
    }
}
