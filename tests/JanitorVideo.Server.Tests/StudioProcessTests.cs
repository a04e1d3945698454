using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JanitorVideo.Server.Tests.Support;
using JanitorVideo.TestSupport;
using SkiaSharp;

namespace JanitorVideo.Server.Tests;

/// <summary>
/// <c>janitor-video studio</c> as a team runs it: a child process serving NemoVideo's API on
/// loopback. Killed in the middle of a render and started again over the same data folder, it
/// finishes the render, and the token, the project's timeline and its media are all still there.
/// </summary>
public sealed partial class StudioProcessTests
{
    [Fact]
    public async Task Studio_KilledMidRenderAndRestarted_FinishesTheRenderAndKeepsTheProject()
    {
        using var folder = new TempFolder();
        using var art = TestArt.Character(240, 360);
        var image = TestArt.Save(art, Path.Combine(folder.Path, "druid.png"), SKEncodedImageFormat.Png);
        string token, session, timelineBefore;
        const string renderId = "render_restart_process";

        await using (var first = await StudioChild.StartAsync(folder.Path, slowRenders: true))
        {
            using var http = first.Client();
            token = (await PostJsonAsync(http, "/api/auth/anonymous-token", new JsonObject(), clientId: "restart-test"))["data"]!["token"]!.GetValue<string>();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            session = (await PostJsonAsync(http, "/api/tasks/me/with-session/nemo_agent", new JsonObject { ["task_name"] = "project", ["language"] = "en" }))["data"]!["session_id"]!.GetValue<string>();
            using (var upload = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(image)), "files", "druid.png" } })
            {
                (await http.PostAsync($"/api/upload-video/nemo_agent/me/{session}", upload)).EnsureSuccessStatusCode();
            }

            var reply = await http.PostAsJsonAsync("/run_sse", new JsonObject
            {
                ["app_name"] = "nemo_agent",
                ["user_id"] = "me",
                ["session_id"] = session,
                ["new_message"] = new JsonObject { ["parts"] = new JsonArray(new JsonObject { ["text"] = "animate this with falling petals, 1 second, 720p" }) },
            });
            Assert.Contains("\"type\":\"text\"", await reply.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var state = await GetJsonAsync(http, $"/api/state/nemo_agent/me/{session}/latest");
            timelineBefore = state["data"]!["state"]!["draft"]!.ToJsonString();
            var render = await SendAttributedAsync(http, HttpMethod.Post, "/api/render/proxy/lambda", new JsonObject
            {
                ["id"] = renderId,
                ["sessionId"] = session,
                ["draft"] = JsonNode.Parse(timelineBefore),
                ["output"] = new JsonObject { ["format"] = "mp4", ["quality"] = "high" },
            });
            Assert.Equal(HttpStatusCode.OK, render.StatusCode);
            await WaitForStatusAsync(http, renderId, "processing");
            first.Kill();
        }

        await using var second = await StudioChild.StartAsync(folder.Path, slowRenders: false);
        using var again = second.Client();
        again.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var finished = await WaitForStatusAsync(again, renderId, "completed");
        var download = await again.GetAsync(new Uri(finished["data"]!["outputUrl"]!.GetValue<string>()).PathAndQuery);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        var stateAfter = await GetJsonAsync(again, $"/api/state/nemo_agent/me/{session}/latest");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("ftyp", System.Text.Encoding.ASCII.GetString(bytes, 4, 4));
        Assert.Equal(timelineBefore, stateAfter["data"]!["state"]!["draft"]!.ToJsonString());
        Assert.Equal("druid.png", stateAfter["data"]!["state"]!["video_infos"]![0]!["filename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Studio_LimitsSetInTheEnvironment_AreTheOnesItKeeps()
    {
        using var folder = new TempFolder();
        await using var studio = await StudioChild.StartAsync(folder.Path, slowRenders: false,
            ("JANITOR_STUDIO_TOKENS_PER_10_MIN", "2"), ("JANITOR_STUDIO_MAX_PROJECTS", "1"));
        using var http = studio.Client();

        var tokens = new List<HttpStatusCode>();
        string? token = null;
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/anonymous-token") { Content = JsonContent.Create(new JsonObject()) };
            request.Headers.Add("X-Client-Id", Guid.NewGuid().ToString());
            using var response = await http.SendAsync(request);
            tokens.Add(response.StatusCode);
            token ??= JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]?["token"]?.GetValue<string>();
        }

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var project = new JsonObject { ["task_name"] = "project", ["language"] = "en" };
        using var first = await SendAttributedAsync(http, HttpMethod.Post, "/api/tasks/me/with-session/nemo_agent", project.DeepClone());
        using var second = await SendAttributedAsync(http, HttpMethod.Post, "/api/tasks/me/with-session/nemo_agent", project.DeepClone());

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], tokens);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.InsufficientStorage, second.StatusCode);
        Assert.Contains("the most it keeps for one user", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Studio_ALimitSettingOutOfRange_ExitsSayingWhatToSet()
    {
        using var folder = new TempFolder();
        var info = ServerProcess.StartInfo(folder.Path, "studio", "--port", "0");
        info.Environment["JANITOR_STUDIO_KEEP_DAYS"] = "0";
        using var process = Process.Start(info)!;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var errors = await process.StandardError.ReadToEndAsync(deadline.Token);
        await Deadline.ExitAsync(process, "the studio with a bad setting");

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("JANITOR_STUDIO_KEEP_DAYS is '0'; use a whole number from 1 to 3650.", errors, StringComparison.Ordinal);
    }

    private static Task<JsonNode> WaitForStatusAsync(HttpClient http, string renderId, string status) =>
        Deadline.PollAsync(
            async token =>
            {
                var poll = await SendAttributedAsync(http, HttpMethod.Get, $"/api/render/proxy/lambda/{renderId}", null, token);
                return JsonNode.Parse(await poll.Content.ReadAsStringAsync(token))!;
            },
            body =>
            {
                var now = body["data"]?["status"]?.GetValue<string>();
                Assert.NotEqual("failed", now);
                return now == status;
            },
            TimeSpan.FromMilliseconds(100), $"render {renderId} to be {status}", TimeSpan.FromMinutes(3));

    private static async Task<HttpResponseMessage> SendAttributedAsync(HttpClient http, HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Skill-Source", "janitor-ai-image-to-video");
        request.Headers.Add("X-Skill-Version", "1.0.0");
        request.Headers.Add("X-Skill-Platform", "unknown");
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await http.SendAsync(request, cancellationToken);
    }

    private static async Task<JsonNode> PostJsonAsync(HttpClient http, string path, JsonNode body, string? clientId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (clientId is not null)
        {
            request.Headers.Add("X-Client-Id", clientId);
        }

        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!;
    }

    private static async Task<JsonNode> GetJsonAsync(HttpClient http, string path) => JsonNode.Parse(await http.GetStringAsync(path))!;

    [GeneratedRegex(@"listens on (http://\S+)")]
    private static partial Regex ListeningLine();

    /// <summary>The built server running <c>studio --port 0</c>, its stderr drained so it never blocks.</summary>
    private sealed class StudioChild : IAsyncDisposable
    {
        private readonly Process process;
        private readonly Task draining;

        private StudioChild(Process process, Uri baseAddress, Task draining) => (this.process, BaseAddress, this.draining) = (process, baseAddress, draining);

        public Uri BaseAddress { get; }

        public static async Task<StudioChild> StartAsync(string dataDir, bool slowRenders, params (string Name, string Value)[] settings)
        {
            var info = ServerProcess.StartInfo(dataDir, "studio", "--port", "0");
            info.Environment["JANITOR_FAULTS"] = slowRenders ? "slow-render=60s" : null;
            foreach (var (name, value) in settings)
            {
                info.Environment[name] = value;
            }

            var process = Process.Start(info)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
            {
                if (ListeningLine().Match(line) is { Success: true } match)
                {
                    var drain = Task.Run(async () =>
                    {
                        while (await process.StandardError.ReadLineAsync() is not null)
                        {
                        }
                    });
                    return new StudioChild(process, new Uri(match.Groups[1].Value.TrimEnd('/', '.')), drain);
                }
            }

            throw new InvalidOperationException("The studio exited before it said where it listens.");
        }

        public HttpClient Client() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };

        public void Kill() => process.Kill(entireProcessTree: true);

        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await Deadline.ExitAsync(process, "the killed studio process");
            await draining;
            process.Dispose();
        }
    }
}
