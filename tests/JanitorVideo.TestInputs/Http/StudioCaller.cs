using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace JanitorVideo.TestInputs.Http;

/// <summary>
/// One token's view of the API, speaking raw HTTP and JSON as a client of the reference would. An
/// answer that breaks a step (a session not created, a reply that is not a stream) is an
/// <see cref="InvalidOperationException"/> carrying the answer.
/// </summary>
public sealed class StudioCaller(HttpClient http, string token)
{
    public string Token => token;

    /// <summary>A new anonymous token for <paramref name="clientId"/>, as a client of the reference asks for one.</summary>
    public static async Task<StudioCaller> SignInAsync(HttpClient http, string clientId, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/anonymous-token");
        request.Headers.Add("X-Client-Id", clientId);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        Expect(response.IsSuccessStatusCode, "an anonymous token", body);
        return new StudioCaller(http, (string)body!["data"]!["token"]!);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null, bool attribution = true,
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead, bool expectContinue = false,
        CancellationToken cancellationToken = default)
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

        return await http.SendAsync(request, completion, cancellationToken);
    }

    /// <summary>Sends and reads the JSON answer, whatever its status.</summary>
    public async Task<(int Status, JsonObject Body)> CallAsync(HttpMethod method, string path, HttpContent? content = null, bool attribution = true,
        CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(method, path, content, attribution, cancellationToken: cancellationToken);
        return ((int)response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!);
    }

    public async Task<string> CreateSessionAsync(CancellationToken cancellationToken = default)
    {
        var (status, body) = await CallAsync(HttpMethod.Post, "/api/tasks/me/with-session/nemo_agent",
            JsonContent.Create(new JsonObject { ["task_name"] = "project", ["language"] = "en" }), cancellationToken: cancellationToken);
        Expect(status == 200, "a session", body);
        return (string)body["data"]!["session_id"]!;
    }

    public Task<(int Status, JsonObject Body)> UploadAsync(string sessionId, string fileName, byte[] content, CancellationToken cancellationToken = default) =>
        CallAsync(HttpMethod.Post, $"/api/upload-video/nemo_agent/me/{sessionId}", Files((fileName, new ByteArrayContent(content))),
            cancellationToken: cancellationToken);

    /// <summary>Sends a message and reads its reply stream to the end.</summary>
    public async Task<SseTranscript> SendMessageAsync(string sessionId, string text, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Post, "/run_sse", Message(sessionId, text), completion: HttpCompletionOption.ResponseHeadersRead,
            cancellationToken: cancellationToken);
        if (response.Content.Headers.ContentType?.MediaType != "text/event-stream")
        {
            throw new InvalidOperationException(
                $"The message was answered {(int)response.StatusCode} without a reply stream: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return await SseTranscript.ReadAsync(response, cancellationToken);
    }

    public async Task<JsonObject> StateAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var (status, body) = await CallAsync(HttpMethod.Get, $"/api/state/nemo_agent/me/{sessionId}/latest", cancellationToken: cancellationToken);
        Expect(status == 200, "the session's state", body);
        return body["data"]!["state"]!.AsObject();
    }

    public Task<(int Status, JsonObject Body)> StartRenderAsync(string renderId, string sessionId, JsonNode? draft, bool attribution = true,
        CancellationToken cancellationToken = default) =>
        CallAsync(HttpMethod.Post, "/api/render/proxy/lambda", JsonContent.Create(new JsonObject
        {
            ["id"] = renderId,
            ["sessionId"] = sessionId,
            ["draft"] = draft?.DeepClone(),
            ["output"] = new JsonObject { ["format"] = "mp4", ["quality"] = "high" },
        }), attribution, cancellationToken);

    public Task<(int Status, JsonObject Body)> PollRenderAsync(string renderId, CancellationToken cancellationToken = default) =>
        CallAsync(HttpMethod.Get, $"/api/render/proxy/lambda/{renderId}", cancellationToken: cancellationToken);

    public Task<(int Status, JsonObject Body)> CancelRenderAsync(string renderId, CancellationToken cancellationToken = default) =>
        CallAsync(HttpMethod.Post, $"/api/render/proxy/lambda/{renderId}/cancel", cancellationToken: cancellationToken);

    /// <summary>Polls until the render leaves pending and processing (giving up after a generous time), returning every answer seen.</summary>
    public async Task<IReadOnlyList<JsonObject>> PollUntilFinishedAsync(string renderId, CancellationToken cancellationToken = default)
    {
        var answers = new List<JsonObject>();
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromMinutes(4);
        while (DateTimeOffset.UtcNow < deadline)
        {
            var (status, body) = await PollRenderAsync(renderId, cancellationToken);
            Expect(status == 200, $"render {renderId}'s progress", body);
            answers.Add(body);
            if (RenderStatus(body) is not ("pending" or "processing"))
            {
                return answers;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }

        throw new TimeoutException($"The render did not finish in 4 minutes; last answer: {answers[^1].ToJsonString()}");
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

    private static void Expect(bool served, string what, JsonObject? body)
    {
        if (!served)
        {
            throw new InvalidOperationException($"The studio did not give {what}: {body?.ToJsonString()}");
        }
    }
}
