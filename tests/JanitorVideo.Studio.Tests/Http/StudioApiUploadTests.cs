using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using JanitorVideo.Core.Media;
using JanitorVideo.Core.Net;
using JanitorVideo.Studio.Media;
using JanitorVideo.Studio.Tests.Http.Support;
using JanitorVideo.Studio.Tests.Media.Support;
using JanitorVideo.TestInputs.Http;

namespace JanitorVideo.Studio.Tests.Http;

/// <summary>Uploads: what is refused (4001, 4002), how the refusal reads, and that nothing huge is taken in to refuse it.</summary>
public sealed class StudioApiUploadTests
{
    [Fact]
    public async Task Upload_TextFile_Answers4001ListingTheAcceptedFormats()
    {
        await using var studio = await StudioRig.StartAsync();
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();

        var (status, body) = await me.UploadAsync(sid, "notes.txt", Encoding.UTF8.GetBytes("just some words, not a picture\n"));

        Assert.Equal(415, status);
        Assert.Equal(4001, (int)body["code"]!);
        Assert.Contains("png", (string)body["message"]!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Upload_Over200MBWithItsLength_Answers4002BeforeAByteIsSent()
    {
        await using var studio = await StudioRig.StartAsync();
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();
        var huge = new SyntheticUploadStream(MediaFormats.MaxUploadBytes + (8L << 20), announceLength: true);

        using var response = await me.SendAsync(HttpMethod.Post, $"/api/upload-video/nemo_agent/me/{sid}",
            StudioCaller.Files(("huge.png", new StreamContent(huge, 1 << 16))), expectContinue: true);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(4002, (int)body["code"]!);
        Assert.Contains("200 MB", (string)body["message"]!, StringComparison.Ordinal);
        Assert.Equal(0, huge.BytesRead);
    }

    [Fact]
    public async Task Upload_Over200MBStreamed_Answers4002WithoutTakingItAllIn()
    {
        await using var studio = await StudioRig.StartAsync();
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();
        var huge = new SyntheticUploadStream(MediaFormats.MaxUploadBytes * 5, announceLength: false);

        var (status, body) = await RawChunkedUpload.PostAsync(studio.BaseAddress, $"/api/upload-video/nemo_agent/me/{sid}", me.Token, "huge.png", huge);

        Assert.Equal(413, status);
        Assert.Equal(4002, (int?)body?["code"]);
        Assert.True(huge.BytesRead < MediaFormats.MaxUploadBytes * 2, $"the server took {huge.BytesRead} bytes");
        Assert.Empty((await me.StateAsync(sid))["video_infos"]!.AsArray());
        Assert.DoesNotContain(Directory.EnumerateFiles(studio.Folder, "*", SearchOption.AllDirectories),
            path => new FileInfo(path).Length > MediaFormats.MaxUploadBytes / 2);
    }

    [Fact]
    public async Task Upload_SeveralParts_StoresEachFile()
    {
        await using var studio = await StudioRig.StartAsync();
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();

        var (status, body) = await me.CallAsync(HttpMethod.Post, $"/api/upload-video/nemo_agent/me/{sid}", StudioCaller.Files(
            ("first.png", new ByteArrayContent(StudioRig.CharacterPng(200, 300))),
            ("second.png", new ByteArrayContent(StudioRig.CharacterPng(300, 200)))));

        Assert.True(status == 200, body.ToJsonString());
        var files = body["data"]!["files"]!.AsArray();
        Assert.Equal([200, 300], files.Select(file => (int)file!["width"]!));
    }

    [Fact]
    public async Task Upload_ByUrl_FetchesAndMeasuresTheFile()
    {
        await using var pictures = await LoopbackMediaServer.StartAsync();
        await using var studio = await StudioRig.StartAsync(fetcher: new RemoteMediaFetcher(new RemoteFetchOptions
        {
            // Only the test's own picture server on loopback is let in; every other rule is the product's.
            AddressAllowed = address => IPAddress.IsLoopback(address) || UrlPolicy.IsPublic(address),
        }));
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();

        var (status, body) = await me.CallAsync(HttpMethod.Post, $"/api/upload-video/nemo_agent/me/{sid}",
            JsonContent.Create(new JsonObject { ["urls"] = new JsonArray(pictures.Url("/hero.png").ToString()), ["source_type"] = "url" }));

        Assert.True(status == 200, body.ToJsonString());
        var file = body["data"]!["files"]![0]!;
        Assert.Equal("hero.png", (string?)file["filename"]);
        Assert.Equal("image", (string?)file["file_type"]);
        using var served = await me.SendAsync(HttpMethod.Get, new Uri((string)file["cdn_url"]!).PathAndQuery);
        Assert.Equal(pictures.Picture, await served.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Upload_UrlOnThisMachine_IsRefusedWithTheReason()
    {
        await using var pictures = await LoopbackMediaServer.StartAsync();
        await using var studio = await StudioRig.StartAsync();
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();

        var (status, body) = await me.CallAsync(HttpMethod.Post, $"/api/upload-video/nemo_agent/me/{sid}",
            JsonContent.Create(new JsonObject { ["urls"] = new JsonArray(pictures.Url("/hero.png").ToString()), ["source_type"] = "url" }));

        Assert.Equal(422, status);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["message"]));
        Assert.Empty(pictures.Requests);
    }

    [Fact]
    public async Task Upload_JsonWithANonHttpLink_SaysLinksMustBeHttp()
    {
        await using var studio = await StudioRig.StartAsync();
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();

        var (status, body) = await me.CallAsync(HttpMethod.Post, $"/api/upload-video/nemo_agent/me/{sid}",
            JsonContent.Create(new JsonObject { ["urls"] = new JsonArray("file:///etc/passwd"), ["source_type"] = "url" }));

        Assert.Equal(422, status);
        Assert.Contains("http(s)", (string)body["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_NoFilesPart_AnswersWithThePartName()
    {
        await using var studio = await StudioRig.StartAsync();
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(StudioRig.CharacterPng()), "image", "hero.png" } };

        using var response = await me.SendAsync(HttpMethod.Post, $"/api/upload-video/nemo_agent/me/{sid}", form);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains("'files'", (string)body["message"]!, StringComparison.Ordinal);
    }
}
