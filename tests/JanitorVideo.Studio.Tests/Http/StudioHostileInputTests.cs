using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using JanitorVideo.Studio.Tests.Http.Support;
using JanitorVideo.TestSupport;
using JanitorVideo.TestSupport.Media;

namespace JanitorVideo.Studio.Tests.Http;

/// <summary>
/// The hostile-input table over the studio's HTTP API, on loopback: each bad request gets a refusal
/// in the API's envelope (a 4xx status, a code and plain words, no stack trace), the studio writes
/// nothing outside its own folder, and the same caller's next good upload is served.
/// </summary>
public sealed class StudioHostileInputTests
{
    private const string UploadPath = "/api/upload-video/nemo_agent/me/";

    public static TheoryData<string> Cases() => [.. Table.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HostileRequest_IsRefusedInTheEnvelope_WritesNothingOutside_AndTheNextRequestIsServed(string name)
    {
        using var outside = new TempFolder();
        var secret = outside.Write("secret.mp3", Id3("not really audio"));
        await using var studio = await StudioRig.StartAsync();
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();
        var (expected, words, send) = Table[name];
        var before = Snapshot(outside.Path);

        var (status, body) = await send(me, sid, secret);

        Assert.Equal(expected, status);
        Assert.True(body["message"] is JsonValue, body.ToJsonString());
        var message = (string)body["message"]!;
        Assert.Contains(words, message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(outside.Path));
        var (next, upload) = await me.UploadAsync(sid, "hero.png", StudioRig.CharacterPng());
        Assert.True(next == 200, upload.ToJsonString());
    }

    private delegate Task<(int Status, JsonObject Body)> Send(StudioCaller me, string sid, string secret);

    private static byte[] Id3(string text) => [(byte)'I', (byte)'D', (byte)'3', 3, 0, 0, 0, 0, 0, 0, .. Encoding.UTF8.GetBytes(text)];

    private static Task<(int Status, JsonObject Body)> Links(StudioCaller me, string sid, params string[] urls) =>
        me.CallAsync(HttpMethod.Post, UploadPath + sid, JsonContent.Create(new JsonObject
        {
            ["urls"] = new JsonArray([.. urls.Select(url => (JsonNode)url)]),
            ["source_type"] = "url",
        }));

    private static JsonObject Draft(string source, int durationMs, JsonObject? metadata = null)
    {
        var draft = new JsonObject
        {
            ["t"] = new JsonArray(new JsonObject
            {
                ["tt"] = 0,
                ["sg"] = new JsonArray(new JsonObject { ["s"] = 0, ["d"] = durationMs, ["n"] = "hero", ["src"] = source }),
            }),
        };
        if (metadata is not null)
        {
            draft["m"] = metadata;
        }

        return draft;
    }

    private static async Task<string> MediaIdAsync(StudioCaller me, string sid)
    {
        var (status, upload) = await me.UploadAsync(sid, "hero.png", StudioRig.CharacterPng());
        Assert.True(status == 200, upload.ToJsonString());
        return (string)upload["data"]!["files"]![0]!["media_id"]!;
    }

    private static readonly Dictionary<string, (int Status, string Words, Send Send)> Table = new(StringComparer.Ordinal)
    {
        ["text disguised as png"] = (415, "PNG", (me, sid, _) => me.UploadAsync(sid, "hero.png", "just text"u8.ToArray())),
        ["empty file"] = (422, "empty", (me, sid, _) => me.UploadAsync(sid, "hero.png", [])),
        ["truncated png"] = (422, "hero.png", (me, sid, _) => me.UploadAsync(sid, "hero.png", StudioRig.CharacterPng()[..300])),
        ["svg with script"] = (415, "not a format", (me, sid, _) => me.UploadAsync(sid, "hero.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray())),
        ["hls playlist disguised as mp3"] = (422, "could not be read as audio", (me, sid, secret) => me.UploadAsync(sid, "song.mp3",
            Id3($"#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:1,\n{secret}\n#EXT-X-ENDLIST\n"))),
        ["concat list disguised as mp3"] = (422, "could not be read as audio", (me, sid, secret) => me.UploadAsync(sid, "list.mp3",
            Id3($"ffconcat version 1.0\nfile '{secret}'\n"))),
        ["pixel bomb"] = (422, "900 megapixels", (me, sid, _) => me.UploadAsync(sid, "bomb.png", EncodedBytes.PngHeaderOnly(30000, 30000))),
        ["frame bomb"] = (422, "megapixels to draw", (me, sid, _) => me.UploadAsync(sid, "bomb.gif", GifBytes.Write(4000, 4000, [(0, 0, 0), (255, 255, 255)],
            Enumerable.Range(0, 200).Select(i => new GifFrame(0, 0, 1, 1, (byte)(i % 2), 2))))),
        ["metadata address"] = (422, "private", (me, sid, _) => Links(me, sid, "http://169.254.169.254/latest/meta-data/")),
        ["metadata address through nat64"] = (422, "private", (me, sid, _) => Links(me, sid, "http://[64:ff9b::a9fe:a9fe]/latest/meta-data/")),
        ["loopback in hex"] = (422, "private", (me, sid, _) => Links(me, sid, "http://0x7f000001/hero.png")),
        ["too many links"] = (422, "at most 20", (me, sid, _) => Links(me, sid, [.. Enumerable.Range(0, 21).Select(i => $"https://example.com/{i}.png")])),
        ["oversized json"] = (413, "1 MB", (me, sid, _) => Links(me, sid, $"https://example.com/{new string('a', 2 << 20)}.png")),
        ["oversized message"] = (422, "the limit is 4,000", async (me, sid, _) =>
        {
            using var response = await me.SendAsync(HttpMethod.Post, "/run_sse", StudioCaller.Message(sid, new string('a', 50_000)));
            return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
        }),
        ["render of another project's media"] = (422, "'media_that_is_not_mine'", (me, sid, _) => me.StartRenderAsync("render_x", sid, Draft("media_that_is_not_mine", 2000))),
        ["render too long"] = (422, "at most 60 s", async (me, sid, _) =>
        {
            // One segment is held to 60 s by the planner; many make a long clip.
            var draft = Draft(await MediaIdAsync(me, sid), 50_000);
            var segments = draft["t"]![0]!["sg"]!.AsArray();
            segments.Add(new JsonObject { ["s"] = 50_000, ["d"] = 50_000, ["n"] = "hero", ["src"] = segments[0]!["src"]!.DeepClone() });
            return await me.StartRenderAsync("render_long", sid, draft);
        }),
        ["render too large"] = (422, "megapixels", async (me, sid, _) =>
            await me.StartRenderAsync("render_large", sid, Draft(await MediaIdAsync(me, sid), 2000, new JsonObject { ["width"] = 3840, ["height"] = 3840 }))),
    };

    private static List<string> Snapshot(string root) =>
        [.. Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Select(path => $"{path}:{(File.Exists(path) ? new FileInfo(path).Length : -1)}")
            .Order(StringComparer.Ordinal)];
}
