using JanitorVideo.Studio.Http;
using JanitorVideo.Studio.Tests.Engine;

namespace JanitorVideo.Studio.Tests.Http;

/// <summary>Starting the API: a free port when 0 is asked for, and plain words for a bad host or port.</summary>
public sealed class StudioHttpHostTests
{
    [Fact]
    public async Task StartAsync_PortZero_BindsAFreeLoopbackPort()
    {
        await using var studio = StudioFixture.Start();

        await using var server = await StudioHttpHost.StartAsync(studio.Engine, new StudioHttpOptions(), "localhost", 0);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var response = await http.PostAsync("/api/auth/anonymous-token", content: null);

        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        Assert.NotEqual(0, server.BaseAddress.Port);
        Assert.Equal(400, (int)response.StatusCode);
    }

    [Theory]
    [InlineData("example.com", 0)]
    [InlineData("127.0.0.1", 70000)]
    public async Task StartAsync_BadHostOrPort_SaysWhatIsWrong(string host, int port)
    {
        await using var studio = StudioFixture.Start();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => StudioHttpHost.StartAsync(studio.Engine, new StudioHttpOptions(), host, port));

        Assert.Contains(port == 0 ? "--host" : "--port", error.Message, StringComparison.Ordinal);
    }
}
