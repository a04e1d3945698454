using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using JanitorVideo.Server.Hosting;
using JanitorVideo.Server.Tests.Support;
using JanitorVideo.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Serilog;

namespace JanitorVideo.Server.Tests;

/// <summary>Streamable HTTP at /mcp: sessions, DNS-rebinding protection and the bearer token.</summary>
public sealed class HttpTransportTests
{
    private const string Initialize =
        """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}""";

    [Fact]
    public async Task Http_RealClient_InitializesWithASessionAndListsTools()
    {
        using var folder = new TempFolder();
        await using var app = await StartTestServerAsync(folder);

        await using var client = await ConnectAsync(app);
        var tools = await client.ListToolsAsync();

        Assert.Equal(5, tools.Count);
        Assert.False(string.IsNullOrEmpty(client.SessionId));
    }

    [Fact]
    public async Task Http_TwoClients_GetSeparateSessions()
    {
        using var folder = new TempFolder();
        await using var app = await StartTestServerAsync(folder);

        await using var first = await ConnectAsync(app);
        await using var second = await ConnectAsync(app);

        Assert.NotEqual(first.SessionId, second.SessionId);
    }

    [Fact]
    public async Task Http_Session_CarriesServerToClientRequests()
    {
        // A probe tool asks the client a question mid-call: that needs the stateful session that
        // 2025-era clients get, and is how the studio agent will ask a clarifying question.
        using var folder = new TempFolder();
        var ask = McpServerTool.Create(
            async (McpServer server, CancellationToken ct) =>
            {
                var answer = await server.ElicitAsync(new ElicitRequestParams
                {
                    Message = "Which style?",
                    RequestedSchema = new ElicitRequestParams.RequestSchema
                    {
                        Properties = { ["style"] = new ElicitRequestParams.StringSchema() },
                    },
                }, ct);
                return answer.Content?["style"].GetString() ?? "none";
            },
            new McpServerToolCreateOptions { Name = "ask_style" });
        await using var app = await StartTestServerAsync(folder, configure: builder => builder.Services.AddSingleton(ask));
        var options = new McpClientOptions
        {
            ProtocolVersion = "2025-11-25",
            Handlers = new McpClientHandlers
            {
                ElicitationHandler = (request, ct) => ValueTask.FromResult(new ElicitResult
                {
                    Action = "accept",
                    Content = new Dictionary<string, JsonElement> { ["style"] = JsonSerializer.SerializeToElement("cinematic") },
                }),
            },
        };

        await using var client = await ConnectAsync(app, options: options);
        var result = await client.CallToolAsync("ask_style");

        Assert.Equal("cinematic", Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text);
    }

    [Theory]
    [InlineData("evil.example", null, HttpStatusCode.BadRequest)]
    [InlineData("evil.example:3001", "http://evil.example:3001", HttpStatusCode.BadRequest)]
    [InlineData("localhost", "http://evil.example", HttpStatusCode.Forbidden)]
    [InlineData("127.0.0.1:3001", "null", HttpStatusCode.Forbidden)]
    [InlineData("localhost", "http://localhost.evil.example", HttpStatusCode.Forbidden)]
    [InlineData("localhost", null, HttpStatusCode.OK)]
    [InlineData("127.0.0.1:3001", "http://127.0.0.1:3001", HttpStatusCode.OK)]
    [InlineData("[::1]:3001", "http://[::1]:5173", HttpStatusCode.OK)]
    [InlineData("localhost:3001", "https://localhost", HttpStatusCode.OK)]
    public async Task Http_HostAndOrigin_OnlyLoopbackAllowedByDefault(string host, string? origin, HttpStatusCode expected)
    {
        using var folder = new TempFolder();
        await using var app = await StartTestServerAsync(folder);

        var response = await PostInitializeAsync(app, host, origin, token: null);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Http_ConfiguredHostAndOrigin_AreAccepted()
    {
        using var folder = new TempFolder();
        var settings = Settings.For(folder) with { ExtraAllowedHosts = ["studio.lan"], ExtraAllowedOrigins = ["https://studio.lan"] };
        await using var app = await StartTestServerAsync(folder, settings);

        var response = await PostInitializeAsync(app, "studio.lan", "https://studio.lan", token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    [InlineData("")]
    public async Task Http_TokenConfigured_RequestsWithoutItGet401(string? token)
    {
        using var folder = new TempFolder();
        await using var app = await StartTestServerAsync(folder, Settings.For(folder, httpToken: "s3cret-token-for-tests"));

        var response = await PostInitializeAsync(app, "localhost", null, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("Bearer", response.WwwAuthenticate);
        Assert.Contains("JANITOR_HTTP_TOKEN", response.Body);
    }

    [Fact]
    public async Task Http_TokenConfigured_ClientWithTheTokenWorksAndTheTokenIsNeverLogged()
    {
        using var folder = new TempFolder();
        const string secret = "s3cret-token-for-tests";
        var log = new CollectingSink();
        await using var app = await StartTestServerAsync(folder, Settings.For(folder, httpToken: secret), log);

        await PostInitializeAsync(app, "localhost", null, "not-the-token");
        await using (var client = await ConnectAsync(app, secret))
        {
            Assert.Equal(5, (await client.ListToolsAsync()).Count);
            await client.CallAsync("get_state", new { session_id = "../etc" });
        }

        var written = log.ToString();
        Assert.Contains("session_id must be the id a previous result returned", written);
        Assert.DoesNotContain(secret, written);
        Assert.DoesNotContain("not-the-token", written);
    }

    [Fact]
    public void Http_NonLoopbackWithoutToken_RefusesToStartAndSaysWhatToSet()
    {
        using var folder = new TempFolder();
        var error = Assert.Throws<ArgumentException>(() =>
            HttpServerHost.Build(Settings.For(folder), new HttpEndpoint("0.0.0.0", 0), new LoggerConfiguration().CreateLogger()));
        Assert.Contains("JANITOR_HTTP_TOKEN", error.Message);
    }

    [Fact]
    public async Task Http_ChildProcessOnLoopback_ServesARealClient()
    {
        using var folder = new TempFolder();
        using var process = Process.Start(ServerProcess.StartInfo(folder.Path, "http", "--port", "0"))!;
        try
        {
            var url = await WaitForListeningUrlAsync(process);
            var transport = new HttpClientTransport(new HttpClientTransportOptions { Endpoint = new Uri(url), TransportMode = HttpTransportMode.StreamableHttp });
            await using var client = await McpClient.CreateAsync(transport);

            Assert.Equal(5, (await client.ListToolsAsync()).Count);
            Assert.StartsWith("http://127.0.0.1:", url);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await Deadline.ExitAsync(process, "the killed HTTP server");
        }
    }

    private static async Task<string> WaitForListeningUrlAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            var match = Regex.Match(line, @"listening on (http://\S+/mcp)");
            if (match.Success)
            {
                return match.Groups[1].Value;
            }
        }
        throw new InvalidOperationException("The server exited before it said where it listens.");
    }

    private static async Task<WebApplication> StartTestServerAsync(
        TempFolder folder, Configuration.JanitorSettings? settings = null, CollectingSink? log = null, Action<WebApplicationBuilder>? configure = null)
    {
        var logger = new LoggerConfiguration().MinimumLevel.Debug()
            .WriteTo.Sink(log ?? new CollectingSink())
            .CreateLogger();
        // Real Kestrel on a free loopback port: the headers and the token travel over a real socket.
        var app = HttpServerHost.Build(settings ?? Settings.For(folder), new HttpEndpoint("127.0.0.1", 0), logger, configure);
        await app.StartAsync();
        return app;
    }

    private static HttpClient HttpClientFor(WebApplication app) =>
        new() { BaseAddress = new Uri(app.Urls.Single()) };

    private static async Task<McpClient> ConnectAsync(WebApplication app, string? token = null, McpClientOptions? options = null)
    {
        var http = HttpClientFor(app);
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }
        var transport = new HttpClientTransport(
            new HttpClientTransportOptions { Endpoint = new Uri(http.BaseAddress!, "/mcp"), TransportMode = HttpTransportMode.StreamableHttp },
            http,
            ownsHttpClient: true);
        options ??= new McpClientOptions();
        options.DiscoverProbeTimeout = TimeSpan.FromSeconds(30);
        return await McpClient.CreateAsync(transport, options);
    }

    private sealed record RawResponse(HttpStatusCode StatusCode, string Body, string WwwAuthenticate);

    private static async Task<RawResponse> PostInitializeAsync(WebApplication app, string host, string? origin, string? token)
    {
        using var http = HttpClientFor(app);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/mcp")
        {
            Content = new StringContent(Initialize, Encoding.UTF8, "application/json"),
        };
        request.Headers.Host = host;
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
        }
        using var response = await http.SendAsync(request);
        return new RawResponse(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.WwwAuthenticate.ToString());
    }
}
