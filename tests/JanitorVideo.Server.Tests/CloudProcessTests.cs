using JanitorVideo.Nemo.Identity;
using JanitorVideo.Server.Tests.Support;
using JanitorVideo.Studio.Engine;
using JanitorVideo.TestSupport;
using ModelContextProtocol.Client;

namespace JanitorVideo.Server.Tests;

/// <summary>The server as a child process on the cloud backend, against a studio playing NemoVideo over loopback, as a host starts it.</summary>
public sealed class CloudProcessTests
{
    [Fact]
    public async Task Restart_SameHome_ReusesTheClientIdAndTokenAndTheProjectIsStillThere()
    {
        await using var studio = await LoopbackStudio.StartAsync(FaultOptions.None);
        using var data = new TempFolder();
        var art = TestArt.Save(TestArt.Character(), Path.Combine(data.Path, "hero.png"), SkiaSharp.SKEncodedImageFormat.Png);

        string sessionId;
        await using (var first = await StartAsync(studio, data).WaitAsync(Deadline.Default))
        {
            var upload = await first.CallAsync("upload", new { files = new[] { art } }).WaitAsync(Deadline.Default);
            Assert.True(upload.IsError != true, upload.Text());
            sessionId = upload.Field("session_id");
        }

        var config = NemoConfigFolder.InHome(studio.Home);
        var clientId = await File.ReadAllTextAsync(config.ClientIdFile);
        var token = await File.ReadAllTextAsync(config.AnonymousTokenFile);

        await using (var second = await StartAsync(studio, data).WaitAsync(Deadline.Default))
        {
            var state = await second.CallAsync("get_state", new { session_id = sessionId }).WaitAsync(Deadline.Default);
            Assert.True(state.IsError != true, state.Text());
            Assert.Equal(sessionId, state.Field("session_id"));
            Assert.Contains("Timeline is empty", state.Text(), StringComparison.Ordinal);
        }

        // A second token would have been stored in place of the first: the restart asked for none.
        Assert.Equal(clientId, await File.ReadAllTextAsync(config.ClientIdFile));
        Assert.Equal(token, await File.ReadAllTextAsync(config.AnonymousTokenFile));
    }

    private static Task<McpClient> StartAsync(LoopbackStudio studio, TempFolder data) =>
        McpClient.CreateAsync(new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "janitor-video",
            Command = "dotnet",
            Arguments = [ServerProcess.Dll, "stdio"],
            EnvironmentVariables = new Dictionary<string, string?>
            {
                ["JANITOR_DATA_DIR"] = data.Path,
                ["JANITOR_BACKEND"] = "cloud",
                ["NEMO_API_URL"] = studio.ApiUrl.AbsoluteUri,
                ["HOME"] = studio.Home,
                ["NEMO_TOKEN"] = null,
                ["NEMO_CLIENT_ID"] = null,
            },
        }), new McpClientOptions { DiscoverProbeTimeout = TimeSpan.FromSeconds(30) });
}
