using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace JanitorVideo.Studio.Tests.Http.Support;

/// <summary>One token's view of the API, speaking raw HTTP and JSON as a client of the reference would.</summary>
internal sealed class StudioCaller(HttpClient http, string token)
{
    public string Token => token;

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null, bool attribution = true,
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead, bool expectContinue = false)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.ExpectContinue = expectContinue;
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (attribution)
        {
            request.Headers.Add("X-Skill-Source", "janitor-ai-image-to-video");
            request.Headers.Add("X-Skill-Version", "1.0.0");
            request.Headers.Add("X-Skill-Platform", "unknown");
        }

        return await http.SendAsync(request, completion);
    }

    /// <summary>Sends and reads the JSON answer, whatever its status.</summary>
    public async Task<(int Status, JsonObject Body)> CallAsync(HttpMethod method, string path, HttpContent? content = null, bool attribution = true)
    {
        using var response = await SendAsync(method, path, content, attribution);
        return ((int)response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    public async Task<string> CreateSessionAsync()
    {
        var (status, body) = await CallAsync(HttpMethod.Post, "/api/tasks/me/with-session/nemo_agent",
            JsonContent.Create(new JsonObject { ["task_name"] = "project", ["language"] = "en" }));
        Assert.True(status == 200, body.ToJsonString());
        return (string)body["data"]!["session_id"]!;
    }

    public Task<(int Status, JsonObject Body)> UploadAsync(string sessionId, string fileName, byte[] content) =>
        CallAsync(HttpMethod.Post, $"/api/upload-video/nemo_agent/me/{sessionId}", Files((fileName, new ByteArrayContent(content))));

    public async Task<SseTranscript> SendMessageAsync(string sessionId, string text)
    {
        using var response = await SendAsync(HttpMethod.Post, "/run_sse", Message(sessionId, text), completion: HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return await SseTranscript.ReadAsync(response);
    }

    public async Task<JsonObject> StateAsync(string sessionId)
    {
        var (status, body) = await CallAsync(HttpMethod.Get, $"/api/state/nemo_agent/me/{sessionId}/latest");
        Assert.True(status == 200, body.ToJsonString());
        return body["data"]!["state"]!.AsObject();
    }

    public Task<(int Status, JsonObject Body)> StartRenderAsync(string renderId, string sessionId, JsonNode? draft, bool attribution = true) =>
        CallAsync(HttpMethod.Post, "/api/render/proxy/lambda", JsonContent.Create(new JsonObject
        {
            ["id"] = renderId,
            ["sessionId"] = sessionId,
            ["draft"] = draft?.DeepClone(),
            ["output"] = new JsonObject { ["format"] = "mp4", ["quality"] = "high" },
        }), attribution);

    /// <summary>Polls until the render leaves pending and processing (failing after a generous time), returning every answer seen.</summary>
    public async Task<IReadOnlyList<JsonObject>> PollUntilFinishedAsync(string renderId)
    {
        var answers = new List<JsonObject>();
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromMinutes(4);
        while (DateTimeOffset.UtcNow < deadline)
        {
            var (status, body) = await CallAsync(HttpMethod.Get, $"/api/render/proxy/lambda/{renderId}");
            Assert.True(status == 200, body.ToJsonString());
            answers.Add(body);
            if (RenderStatus(body) is not ("pending" or "processing"))
            {
                return answers;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        Assert.Fail($"The render did not finish in 4 minutes; last answer: {answers[^1].ToJsonString()}");
        return answers;
    }

    /// <summary>The status of a poll answer in either shape.</summary>
    public static string RenderStatus(JsonObject poll) => (string)(poll["status"] ?? poll["data"]!["status"])!;

    public static MultipartFormDataContent Files(params (string Name, HttpContent Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            form.Add(content, "files", name);
        }

        return form;
    }

    public static JsonContent Message(string sessionId, string text) => JsonContent.Create(new JsonObject
    {
        ["app_name"] = "nemo_agent",
        ["user_id"] = "me",
        ["session_id"] = sessionId,
        ["new_message"] = new JsonObject { ["parts"] = new JsonArray(new JsonObject { ["text"] = text }) },
    });
}
