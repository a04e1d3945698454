using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JanitorVideo.Studio.Http;
using JanitorVideo.Studio.Tests.Engine;
using JanitorVideo.Studio.Tests.Http.Support;

namespace JanitorVideo.Studio.Tests.Http;

/// <summary>
/// The guard in front of every studio request, shared with the MCP transport: DNS rebinding (Host 400,
/// Origin 403) and, when the operator set one, the access key (401); off loopback the key is required.
/// </summary>
public sealed class StudioRequestGuardTests
{
    [Theory]
    [InlineData("evil.example", null, HttpStatusCode.BadRequest)]
    [InlineData("localhost.evil.example", "http://localhost.evil.example", HttpStatusCode.BadRequest)]
    [InlineData("localhost", "http://evil.example", HttpStatusCode.Forbidden)]
    [InlineData("127.0.0.1", "null", HttpStatusCode.Forbidden)]
    [InlineData("localhost", null, HttpStatusCode.OK)]
    [InlineData("127.0.0.1", "http://localhost:5173", HttpStatusCode.OK)]
    [InlineData("[::1]", "https://127.0.0.1", HttpStatusCode.OK)]
    public async Task TokenCall_HostAndOrigin_OnlyLoopbackAllowedByDefault(string host, string? origin, HttpStatusCode expected)
    {
        await using var studio = await StudioRig.StartAsync();

        var (status, body, _) = await TokenCallAsync(studio, host, origin);

        Assert.Equal(expected, status);
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal((int)expected, (int)body["code"]!);
            Assert.Null(body["data"]);
            Assert.Contains(expected == HttpStatusCode.BadRequest ? "JANITOR_ALLOWED_HOSTS" : "JANITOR_ALLOWED_ORIGINS", (string)body["message"]!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RenderCall_ForeignHost_Answers400InTheRenderShapeBeforeTheToken()
    {
        await using var studio = await StudioRig.StartAsync();
        var me = await studio.SignInAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/render/proxy/lambda/render_1");
        request.Headers.Host = "evil.example";
        request.Headers.Authorization = new("Bearer", me.Token);
        using var response = await studio.Http.SendAsync(request);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False((bool)body["success"]!);
        Assert.Equal(400, (int)body["code"]!);
    }

    [Fact]
    public async Task UnknownPath_ForeignHost_IsRefusedToo()
    {
        await using var studio = await StudioRig.StartAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/no/such/route");
        request.Headers.Host = "evil.example";
        using var response = await studio.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ConfiguredHostAndOrigin_AreAccepted()
    {
        await using var studio = await StudioRig.StartAsync(http: new StudioHttpOptions { AllowedHosts = ["studio.lan"], AllowedOrigins = ["https://studio.lan"] });

        var (status, _, _) = await TokenCallAsync(studio, "studio.lan", "https://studio.lan");

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("wrong-key", HttpStatusCode.Unauthorized)]
    [InlineData("operator-secret", HttpStatusCode.OK)]
    public async Task AccessKeyConfigured_OnlyRequestsCarryingItAreServed(string? key, HttpStatusCode expected)
    {
        await using var studio = await StudioRig.StartAsync(http: new StudioHttpOptions { AccessKey = "operator-secret" });

        var (status, body, challenges) = await TokenCallAsync(studio, "127.0.0.1", origin: null, key);

        Assert.Equal(expected, status);
        if (expected == HttpStatusCode.Unauthorized)
        {
            Assert.Equal(401, (int)body["code"]!);
            Assert.Equal("StudioKey", Assert.Single(challenges).Scheme);
            Assert.Contains("X-Studio-Key", (string)body["message"]!, StringComparison.Ordinal);
            Assert.DoesNotContain("operator-secret", body.ToJsonString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task StartAsync_OffLoopbackWithoutAccessKey_RefusesAndSaysWhatToSet()
    {
        await using var studio = StudioFixture.Start();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => StudioHttpHost.StartAsync(studio.Engine, new StudioHttpOptions(), "0.0.0.0", 0));

        Assert.Contains("JANITOR_HTTP_TOKEN", error.Message, StringComparison.Ordinal);
        Assert.Contains("X-Studio-Key", error.Message, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body, System.Net.Http.Headers.AuthenticationHeaderValue[] Challenges)> TokenCallAsync(StudioRig studio, string host, string? origin, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/anonymous-token");
        request.Headers.Host = host;
        request.Headers.Add("X-Client-Id", Guid.NewGuid().ToString());
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (key is not null)
        {
            request.Headers.Add(StudioRequestGuard.KeyHeader, key);
        }

        using var response = await studio.Http.SendAsync(request);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!, [.. response.Headers.WwwAuthenticate]);
    }
}
