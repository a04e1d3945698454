using System.Text.Json;
using System.Text.Json.Nodes;
using JanitorVideo.Server.Configuration;
using JanitorVideo.Server.Tests.Support;
using JanitorVideo.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using SkiaSharp;

namespace JanitorVideo.Server.Tests;

/// <summary>
/// A model configured with JANITOR_MODEL_URL and JANITOR_MODEL answers for the studio's agent when
/// its rules cannot place the words. No model runs here, so an OpenAI-compatible endpoint on
/// loopback stands in for one and answers with a fixed plan; the HTTP and the client are real.
/// </summary>
public sealed class ConfiguredModelTests
{
    [Fact]
    public async Task GenerateOrEdit_UnplacedWordsWithAConfiguredModel_AppliesItsPlan()
    {
        using var folder = new TempFolder();
        var asked = new List<string>();
        await using var endpoint = await StartFakeModelAsync(asked,
            """{"steps":[{"type":"add_particles","imageIndex":0,"kind":"embers"}],"understood":["a campfire: embers"],"question":null}""");
        var settings = Settings.For(folder) with { ModelEndpoint = new Uri(endpoint.Urls.First() + "/v1"), ModelName = "planner" };
        await using var mcp = await InProcessMcp.StartAsync(settings);
        using var art = TestArt.Character(300, 450);
        var image = TestArt.Save(art, Path.Combine(folder.Path, "druid.png"), SKEncodedImageFormat.Png);
        await mcp.Client.CallAsync("upload", new { files = new[] { image } });
        await mcp.Client.CallAsync("generate_or_edit", new { instruction = "animate this, 2 seconds" });

        var edit = await mcp.Client.CallAsync("generate_or_edit", new { instruction = "make it feel like a night around a campfire" });

        Assert.NotEqual(true, edit.IsError);
        Assert.Contains("embers", edit.Field("reply"), StringComparison.OrdinalIgnoreCase);
        var request = Assert.Single(asked);
        Assert.Contains("campfire", request, StringComparison.Ordinal);
        Assert.Contains("\"model\":\"planner\"", request, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://models.example/v1", "planner", "http(s) base")]
    [InlineData("http://localhost:11434/v1", null, "JANITOR_MODEL is not")]
    public void Settings_BadModelConfiguration_SaysHowToFixIt(string url, string? model, string words)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["JANITOR_DATA_DIR"] = "/tmp/janitor-model-settings",
            ["JANITOR_MODEL_URL"] = url,
            ["JANITOR_MODEL"] = model,
        }).Build();

        var error = Assert.Throws<ArgumentException>(() => JanitorSettings.From(configuration));

        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }

    // An OpenAI-compatible chat completions endpoint that records each request and answers with the plan.
    private static async Task<WebApplication> StartFakeModelAsync(List<string> asked, string plan)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/v1/chat/completions", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            lock (asked)
            {
                asked.Add(JsonNode.Parse(body)!.ToJsonString());
            }

            var answer = new JsonObject
            {
                ["id"] = "chatcmpl-1",
                ["object"] = "chat.completion",
                ["created"] = 1_764_000_000,
                ["model"] = "planner",
                ["choices"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = plan },
                    ["finish_reason"] = "stop",
                }),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 10, ["total_tokens"] = 20 },
            };
            return Results.Text(answer.ToJsonString(new JsonSerializerOptions()), "application/json");
        });
        await app.StartAsync();
        return app;
    }
}
