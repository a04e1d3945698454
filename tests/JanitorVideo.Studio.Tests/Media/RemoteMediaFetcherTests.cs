using System.Net;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Media;
using JanitorVideo.Core.Net;
using JanitorVideo.Studio.Media;
using JanitorVideo.Studio.Tests.Media.Support;

namespace JanitorVideo.Studio.Tests.Media;

/// <summary>
/// The fetcher against a real server on loopback. Tests widen the address rule to loopback only
/// (so the server can be reached at all); every other rule stays the product's.
/// </summary>
public sealed class RemoteMediaFetcherTests
{
    private static readonly RemoteFetchOptions LoopbackAllowed = new()
    {
        AddressAllowed = address => IPAddress.IsLoopback(address) || UrlPolicy.IsPublic(address),
        ResolveHost = (host, _) => Task.FromResult<IPAddress[]>(host switch
        {
            "pictures.test" => [IPAddress.Loopback],
            "twofaced.test" => [IPAddress.Loopback, IPAddress.Parse("10.0.0.1")],
            _ => throw new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.HostNotFound),
        }),
    };

    [Fact]
    public async Task FetchAsync_Picture_StreamsItIntoStaging()
    {
        await using var server = await LoopbackMediaServer.StartAsync();
        using var area = new StoreLessIngest();
        using var fetcher = new RemoteMediaFetcher(LoopbackAllowed);

        using var staged = await FetchIntoAsync(fetcher, area, server.Url("/hero.png?sig=secret"));

        Assert.Equal(MediaFormats.Png, staged.Format);
        Assert.Equal("hero.png", staged.FileName);
        Assert.Equal(server.Picture, await File.ReadAllBytesAsync(staged.TempPath));
    }

    [Fact]
    public async Task FetchAsync_ContentTypeSaysText_IsJudgedByItsContent()
    {
        await using var server = await LoopbackMediaServer.StartAsync();
        using var area = new StoreLessIngest();
        using var fetcher = new RemoteMediaFetcher(LoopbackAllowed);

        using var staged = await FetchIntoAsync(fetcher, area, server.Url("/image"));

        Assert.Equal(MediaFormats.Png, staged.Format);
        Assert.Equal("image.png", staged.FileName);
    }

    [Fact]
    public async Task FetchAsync_HostileContentDispositionName_IsSanitised()
    {
        await using var server = await LoopbackMediaServer.StartAsync();
        using var area = new StoreLessIngest();
        using var fetcher = new RemoteMediaFetcher(LoopbackAllowed);

        using var staged = await FetchIntoAsync(fetcher, area, server.Url("/download"));

        Assert.Equal("passwd.png", staged.FileName);
        Assert.Equal([MediaPaths.Incoming + "/" + Path.GetFileName(staged.TempPath)], area.Files);
    }

    [Fact]
    public async Task FetchAsync_RedirectChainOfFive_IsFollowed()
    {
        await using var server = await LoopbackMediaServer.StartAsync();
        using var area = new StoreLessIngest();
        using var fetcher = new RemoteMediaFetcher(LoopbackAllowed);

        using var staged = await FetchIntoAsync(fetcher, area, server.Url("/r/4"));

        Assert.Equal("hero.png", staged.FileName);
        Assert.Equal(["/r/4", "/r/3", "/r/2", "/r/1", "/r/0", "/hero.png"], server.Requests);
    }

    [Fact]
    public async Task FetchAsync_SixRedirects_IsRefused()
    {
        await using var server = await LoopbackMediaServer.StartAsync();
        using var area = new StoreLessIngest();
        using var fetcher = new RemoteMediaFetcher(LoopbackAllowed);

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => FetchIntoAsync(fetcher, area, server.Url("/r/5")));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Contains("redirects more than 5 times", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/hero.png", server.Requests);
    }

    [Theory]
    [InlineData("/to-private")]
    [InlineData("/to-metadata")]
    public async Task FetchAsync_RedirectIntoAPrivateNetwork_IsRefusedBeforeFollowing(string path)
    {
        await using var server = await LoopbackMediaServer.StartAsync();
        using var area = new StoreLessIngest();
        using var fetcher = new RemoteMediaFetcher(LoopbackAllowed);

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => FetchIntoAsync(fetcher, area, server.Url(path)));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Contains("points at this machine or a private network", error.Message, StringComparison.Ordinal);
        Assert.Equal([path], server.Requests);
        Assert.Empty(area.Files);
    }

    [Fact]
    public async Task FetchAsync_DefaultPolicy_RefusesLoopbackBeforeAnyRequest()
    {
        await using var server = await LoopbackMediaServer.StartAsync();
        using var area = new StoreLessIngest();
        using var fetcher = new RemoteMediaFetcher();

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => FetchIntoAsync(fetcher, area, server.Url("/hero.png")));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Contains("points at this machine or a private network", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task FetchAsync_DefaultPolicy_NameResolvingToLoopback_IsRefusedWhenConnecting()
    {
        // A public-looking name whose DNS answer is this machine: the check at connect time catches it.
        await using var server = await LoopbackMediaServer.StartAsync();
        using var area = new StoreLessIngest();
        using var fetcher = new RemoteMediaFetcher(new RemoteFetchOptions
        {
            ResolveHost = (_, _) => Task.FromResult<IPAddress[]>([IPAddress.Loopback]),
        });

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => FetchIntoAsync(fetcher, area, new Uri($"http://cdn.example.com:{server.Port}/hero.png")));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Contains("leads to this machine or a private network", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task FetchAsync_NameResolvingToAllowedAddress_ConnectsToThatAddress()
    {
        await using var server = await LoopbackMediaServer.StartAsync();
        using var area = new StoreLessIngest();
        using var fetcher = new RemoteMediaFetcher(LoopbackAllowed);

        using var staged = await FetchIntoAsync(fetcher, area, new Uri($"http://pictures.test:{server.Port}/hero.png"));

        Assert.Equal(server.Picture.Length, staged.Bytes);
    }

    [Fact]
    public async Task FetchAsync_NameResolvingToOnePrivateAddressAmongOthers_IsRefused()
    {
        await using var server = await LoopbackMediaServer.StartAsync();
        using var area = new StoreLessIngest();
        using var fetcher = new RemoteMediaFetcher(LoopbackAllowed);

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => FetchIntoAsync(fetcher, area, new Uri($"http://twofaced.test:{server.Port}/hero.png")));

        Assert.Contains("leads to this machine or a private network", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task FetchAsync_UnknownHost_SaysItCouldNotBeFound()
    {
        using var area = new StoreLessIngest();
        using var fetcher = new RemoteMediaFetcher(LoopbackAllowed);

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => FetchIntoAsync(fetcher, area, new Uri("http://nowhere.test/hero.png")));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Contains("could not be found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_NothingListening_SaysTheLinkCouldNotBeReached()
    {
        using var area = new StoreLessIngest();
        using var fetcher = new RemoteMediaFetcher(LoopbackAllowed);
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => FetchIntoAsync(fetcher, area, new Uri($"http://127.0.0.1:{port}/hero.png")));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Equal($"'http://127.0.0.1:{port}/hero.png' could not be reached. Check the link, or download the file and give its path.", error.Message);
    }

    [Theory]
    [InlineData("ftp://example.com/hero.png", "Only http(s) links")]
    [InlineData("file:///etc/passwd", "Only http(s) links")]
    [InlineData("https://me:secret@example.com/hero.png", "user name or password")]
    [InlineData("http://localhost/hero.png", "private network")]
    [InlineData("http://[::1]/hero.png", "private network")]
    public async Task FetchAsync_UrlOutsideThePolicy_IsRefusedWithWords(string url, string words)
    {
        using var area = new StoreLessIngest();
        using var fetcher = new RemoteMediaFetcher();

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => FetchIntoAsync(fetcher, area, new Uri(url)));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_AnnouncedLengthOverTheLimit_IsRefusedBeforeReading()
    {
        await using var server = await LoopbackMediaServer.StartAsync();
        using var area = new StoreLessIngest();
        using var fetcher = new RemoteMediaFetcher(LoopbackAllowed);

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => FetchIntoAsync(fetcher, area, server.Url("/huge")));

        Assert.Equal(ErrorKind.FileTooLarge, error.Kind);
        Assert.Contains("is 300 MB, over the 200 MB limit", error.Message, StringComparison.Ordinal);
        Assert.Empty(area.Files);
    }

    [Fact]
    public async Task FetchAsync_EndlessBody_StopsAtTheCapAndLeavesNoFile()
    {
        await using var server = await LoopbackMediaServer.StartAsync();
        using var area = new StoreLessIngest();
        using var fetcher = new RemoteMediaFetcher(LoopbackAllowed with { MaxBytes = 1024 * 1024 });

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => FetchIntoAsync(fetcher, area, server.Url("/endless")));

        Assert.Equal(ErrorKind.FileTooLarge, error.Kind);
        Assert.Contains("over the 1 MB limit", error.Message, StringComparison.Ordinal);
        Assert.Empty(area.Files);
    }

    [Fact]
    public async Task FetchAsync_NoAnswer_TimesOut()
    {
        await using var server = await LoopbackMediaServer.StartAsync();
        using var area = new StoreLessIngest();
        using var fetcher = new RemoteMediaFetcher(LoopbackAllowed with { Timeout = TimeSpan.FromMilliseconds(300) });

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => FetchIntoAsync(fetcher, area, server.Url("/slow")));

        Assert.Equal(ErrorKind.Timeout, error.Kind);
        Assert.Contains("did not finish downloading within 300 ms", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_BodyStalls_TimesOutAndLeavesNoFile()
    {
        await using var server = await LoopbackMediaServer.StartAsync();
        using var area = new StoreLessIngest();
        using var fetcher = new RemoteMediaFetcher(LoopbackAllowed with { Timeout = TimeSpan.FromMilliseconds(500) });

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => FetchIntoAsync(fetcher, area, server.Url("/stalls.png")));

        Assert.Equal(ErrorKind.Timeout, error.Kind);
        Assert.Empty(area.Files);
    }

    [Fact]
    public async Task FetchAsync_TextBody_IsRefusedAsUnsupported()
    {
        await using var server = await LoopbackMediaServer.StartAsync();
        using var area = new StoreLessIngest();
        using var fetcher = new RemoteMediaFetcher(LoopbackAllowed);

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => FetchIntoAsync(fetcher, area, server.Url("/notes.png")));

        Assert.Equal(ErrorKind.UnsupportedFileType, error.Kind);
        Assert.Contains(MediaFormats.AcceptedList, error.Message, StringComparison.Ordinal);
        Assert.Empty(area.Files);
    }

    [Fact]
    public async Task FetchAsync_BodyCutShort_SaysTheDownloadBrokeOffAndLeavesNoFile()
    {
        await using var server = await LoopbackMediaServer.StartAsync();
        using var area = new StoreLessIngest();
        using var fetcher = new RemoteMediaFetcher(LoopbackAllowed);

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => FetchIntoAsync(fetcher, area, server.Url("/cut.png")));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Contains("broke off before the whole file arrived", error.Message, StringComparison.Ordinal);
        Assert.Empty(area.Files);
    }

    [Fact]
    public async Task FetchAsync_EmptyBody_SaysTheFileIsEmpty()
    {
        await using var server = await LoopbackMediaServer.StartAsync();
        using var area = new StoreLessIngest();
        using var fetcher = new RemoteMediaFetcher(LoopbackAllowed);

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => FetchIntoAsync(fetcher, area, server.Url("/empty")));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Contains("the file is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_NotFound_SaysSoWithTheStatus()
    {
        await using var server = await LoopbackMediaServer.StartAsync();
        using var area = new StoreLessIngest();
        using var fetcher = new RemoteMediaFetcher(LoopbackAllowed);

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => FetchIntoAsync(fetcher, area, server.Url("/missing.png?token=abc123")));

        Assert.Equal(ErrorKind.NotFound, error.Kind);
        Assert.Equal($"Nothing was found at 'http://127.0.0.1:{server.Port}/missing.png' (HTTP 404 Not Found). Check the link.", error.Message);
    }

    [Fact]
    public async Task FetchAsync_CallerCancels_IsCancellationNotTimeout()
    {
        await using var server = await LoopbackMediaServer.StartAsync();
        using var area = new StoreLessIngest();
        using var fetcher = new RemoteMediaFetcher(LoopbackAllowed);
        using var cancel = new CancellationTokenSource();

        var fetch = fetcher.FetchAsync(server.Url("/slow"), (content, token) => area.Staging.StageAsync(content.Body, content.SuggestedName, content.Length, token), cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetch);
    }

    private static Task<StagedMedia> FetchIntoAsync(RemoteMediaFetcher fetcher, StoreLessIngest area, Uri url) =>
        fetcher.FetchAsync(url, (content, token) => area.Staging.StageAsync(content.Body, content.SuggestedName, content.Length, token), CancellationToken.None);
}
