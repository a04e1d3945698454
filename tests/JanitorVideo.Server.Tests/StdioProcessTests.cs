using JanitorVideo.Core.Skill;
using JanitorVideo.Server.Tests.Support;
using JanitorVideo.TestSupport;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace JanitorVideo.Server.Tests;

/// <summary>The server as an MCP host runs it: a child process speaking MCP on stdin/stdout.</summary>
public sealed class StdioProcessTests
{
    [Fact]
    public async Task Stdio_ChildProcess_ListsToolsAnswersCallsAndLogsOnlyToStderrAndFile()
    {
        using var folder = new TempFolder();
        var stderr = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "janitor-video",
            Command = "dotnet",
            Arguments = [ServerProcess.Dll],
            EnvironmentVariables = new Dictionary<string, string?>
            {
                ["JANITOR_DATA_DIR"] = folder.Path,
                ["NEMO_TOKEN"] = null,
                ["NEMO_API_URL"] = null,
                ["JANITOR_BACKEND"] = null,
            },
            StandardErrorLines = stderr.Enqueue,
        });

        await using (var client = await McpClient.CreateAsync(transport, new McpClientOptions { DiscoverProbeTimeout = TimeSpan.FromSeconds(30) }))
        {
            Assert.Equal("janitor-video", client.ServerInfo?.Name);
            // The server's version is read from SKILL.md at build time: one number for the package, the server and the skill.
            Assert.Equal(SkillManifest.Embedded.Version, client.ServerInfo?.Version);
            var tools = await client.ListToolsAsync();
            Assert.Equal(5, tools.Count);

            var credits = await client.CallAsync("get_credits");
            Assert.Contains("unlimited", credits.Text(), StringComparison.Ordinal);
            var state = await client.CallAsync("get_state", new { session_id = "../etc" });
            state.AssertPlainError("InvalidInput", "session_id must be");
        }

        // Every stdout byte was protocol (the client would have failed otherwise); logs went to stderr and the file.
        Assert.Contains(stderr, line => line.Contains("on stdio", StringComparison.Ordinal));
        var log = Assert.Single(Directory.GetFiles(Path.Combine(folder.Path, "logs"), "janitor-video-*.log"));
        var logText = await ReadSharedAsync(log);
        Assert.Contains("ToolFailures: get_state failed", logText);
    }

    [Fact]
    public async Task Help_ListsTheVerbsThatExist()
    {
        using var folder = new TempFolder();
        using var process = System.Diagnostics.Process.Start(ServerProcess.StartInfo(folder.Path, "--help"))!;
        var reading = process.StandardOutput.ReadToEndAsync();
        await Deadline.ExitAsync(process, "janitor-video --help");
        var output = await reading;

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("stdio", output);
        Assert.Contains("http", output);
        Assert.Contains("animate", output);
        Assert.Contains("studio", output);
        Assert.Contains("doctor", output);
        Assert.Contains("--data-dir", output);
    }

    [Fact]
    public async Task BadBackendSetting_ExitsWithAnActionableMessage()
    {
        using var folder = new TempFolder();
        var info = ServerProcess.StartInfo(folder.Path);
        info.Environment["JANITOR_BACKEND"] = "gpu-farm";
        using var process = System.Diagnostics.Process.Start(info)!;
        var reading = process.StandardError.ReadToEndAsync();
        await Deadline.ExitAsync(process, "janitor-video with a bad backend setting");
        var error = await reading;

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("JANITOR_BACKEND is 'gpu-farm'; use 'studio'", error);
        Assert.Equal("", await process.StandardOutput.ReadToEndAsync());
    }

    private static async Task<string> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
