using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using JanitorVideo.TestInputs.Media;

namespace JanitorVideo.TestInputs.Http;

/// <summary>Where a hostile request is sent: a caller, one of its sessions, a file outside the studio's folder, and a good picture.</summary>
public sealed record HostileTarget(StudioCaller Caller, string SessionId, string OutsideFile, byte[] Picture);

/// <summary>One bad request and its refusal: the HTTP status and words the message must contain.</summary>
public sealed record HostileRequest(int Status, string Words, Func<HostileTarget, Task<(int Status, JsonObject Body)>> Send);

/// <summary>
/// The hostile-input table over the studio's HTTP API (disguised, empty, truncated and bomb files,
/// playlists and concat lists naming a file outside, private addresses in several spellings, too
/// many links, oversized bodies and messages, renders of media not in the project or over the limits),
/// each with the refusal it must get. The studio's tests check each; the bench replays them.
/// </summary>
public static class HostileRequests
{
    private const string UploadPath = "/api/upload-video/nemo_agent/me/";

    public static IReadOnlyDictionary<string, HostileRequest> Table { get; } = new Dictionary<string, HostileRequest>(StringComparer.Ordinal)
    {
        ["text disguised as png"] = new(415, "PNG", on => on.Caller.UploadAsync(on.SessionId, "hero.png", "just text"u8.ToArray())),
        ["empty file"] = new(422, "empty", on => on.Caller.UploadAsync(on.SessionId, "hero.png", [])),
        ["truncated png"] = new(422, "hero.png", on => on.Caller.UploadAsync(on.SessionId, "hero.png", on.Picture[..300])),
        ["svg with script"] = new(415, "not a format", on => on.Caller.UploadAsync(on.SessionId, "hero.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray())),
        ["hls playlist disguised as mp3"] = new(422, "could not be read as audio", on => on.Caller.UploadAsync(on.SessionId, "song.mp3",
            Id3($"#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:1,\n{on.OutsideFile}\n#EXT-X-ENDLIST\n"))),
        ["concat list disguised as mp3"] = new(422, "could not be read as audio", on => on.Caller.UploadAsync(on.SessionId, "list.mp3",
            Id3($"ffconcat version 1.0\nfile '{on.OutsideFile}'\n"))),
        ["pixel bomb"] = new(422, "900 megapixels", on => on.Caller.UploadAsync(on.SessionId, "bomb.png", EncodedBytes.PngHeaderOnly(30000, 30000))),
        ["frame bomb"] = new(422, "megapixels to draw", on => on.Caller.UploadAsync(on.SessionId, "bomb.gif", GifBytes.Write(4000, 4000,
            [(0, 0, 0), (255, 255, 255)], Enumerable.Range(0, 200).Select(i => new GifFrame(0, 0, 1, 1, (byte)(i % 2), 2))))),
        ["metadata address"] = new(422, "private", on => Links(on, "http://169.254.169.254/latest/meta-data/")),
        ["metadata address through nat64"] = new(422, "private", on => Links(on, "http://[64:ff9b::a9fe:a9fe]/latest/meta-data/")),
        ["loopback in hex"] = new(422, "private", on => Links(on, "http://0x7f000001/hero.png")),
        ["too many links"] = new(422, "at most 20", on => Links(on, [.. Enumerable.Range(0, 21).Select(i => $"https://example.com/{i}.png")])),
        ["oversized json"] = new(413, "1 MB", on => Links(on, $"https://example.com/{new string('a', 2 << 20)}.png")),
        ["oversized message"] = new(422, "the limit is 4,000", async on =>
        {
            using var response = await on.Caller.SendAsync(HttpMethod.Post, "/run_sse", StudioCaller.Message(on.SessionId, new string('a', 50_000)));
            return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
        }),
        ["render of another project's media"] = new(422, "'media_that_is_not_mine'", on =>
            on.Caller.StartRenderAsync("render_x", on.SessionId, Draft("media_that_is_not_mine", 2000))),
        ["render too long"] = new(422, "at most 60 s", async on =>
        {
            // One segment is held to 60 s by the planner; many make a long clip.
            var draft = Draft(await MediaIdAsync(on), 50_000);
            var segments = draft["t"]![0]!["sg"]!.AsArray();
            segments.Add(new JsonObject { ["s"] = 50_000, ["d"] = 50_000, ["n"] = "hero", ["src"] = segments[0]!["src"]!.DeepClone() });
            return await on.Caller.StartRenderAsync("render_long", on.SessionId, draft);
        }),
        ["render too large"] = new(422, "megapixels", async on =>
            await on.Caller.StartRenderAsync("render_large", on.SessionId, Draft(await MediaIdAsync(on), 2000, new JsonObject { ["width"] = 3840, ["height"] = 3840 }))),
    };

    /// <summary>An ID3 header and then <paramref name="text"/>: bytes that sniff as MP3 whatever follows.</summary>
    public static byte[] Id3(string text) => [(byte)'I', (byte)'D', (byte)'3', 3, 0, 0, 0, 0, 0, 0, .. Encoding.UTF8.GetBytes(text)];

    private static Task<(int Status, JsonObject Body)> Links(HostileTarget on, params string[] urls) =>
        on.Caller.CallAsync(HttpMethod.Post, UploadPath + on.SessionId, JsonContent.Create(new JsonObject
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

    private static async Task<string> MediaIdAsync(HostileTarget on)
    {
        var (status, upload) = await on.Caller.UploadAsync(on.SessionId, "hero.png", on.Picture);
        return status == 200
            ? (string)upload["data"]!["files"]![0]!["media_id"]!
            : throw new InvalidOperationException("The good picture was not taken: " + upload.ToJsonString());
    }
}
