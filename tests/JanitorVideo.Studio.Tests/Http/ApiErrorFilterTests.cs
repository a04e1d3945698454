using System.Text.Json.Nodes;
using JanitorVideo.Core.Errors;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Studio.Tests.Http;

/// <summary>What a client reads when an endpoint fails: plain words and a code, never the exception's insides.</summary>
public sealed class ApiErrorFilterTests
{
    private readonly RecordingLogger log = new();

    [Fact]
    public async Task Unexpected_Failure_AnswersAnErrorIdAndLogsTheDetailsUnderIt()
    {
        var (status, body) = await FailWithAsync(ApiFamily.Envelope, new InvalidOperationException("disk path /secret/x at Foo.Bar()"));

        Assert.Equal(500, status);
        Assert.Equal(500, (int)body["code"]!);
        var errorId = (string)body["error_id"]!;
        Assert.Contains(errorId, (string)body["message"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", body.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Foo.Bar", body.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(log.Entries, entry => entry.Message.Contains(errorId, StringComparison.Ordinal) && entry.Exception is InvalidOperationException);
    }

    [Fact]
    public async Task BackendError_InTheRenderFamily_AnswersSuccessFalseWithTheCode()
    {
        var (status, body) = await FailWithAsync(ApiFamily.Render, new VideoBackendException(ErrorKind.SessionNotFound));

        Assert.Equal(404, status);
        Assert.False((bool)body["success"]!);
        Assert.Equal(1002, (int)body["code"]!);
        Assert.Equal(ErrorCatalogue.Explain(ErrorKind.SessionNotFound), (string?)body["message"]);
    }

    [Fact]
    public async Task DuplicateRenderId_Answers409SayingToUseANewId()
    {
        var (status, body) = await FailWithAsync(ApiFamily.Render, new DuplicateRenderIdException("render_1"));

        Assert.Equal(409, status);
        Assert.False((bool)body["success"]!);
        Assert.Contains("new id", (string)body["message"]!, StringComparison.Ordinal);
    }

    private async Task<(int Status, JsonObject Body)> FailWithAsync(ApiFamily family, Exception failure)
    {
        using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Method = "GET";
        http.Request.Path = "/api/test";
        using var output = new MemoryStream();
        http.Response.Body = output;
        var filter = new ApiErrorFilter(family, log, TimeSpan.Zero);

        var result = await filter.InvokeAsync(new DefaultEndpointFilterInvocationContext(http), _ => throw failure);
        await ((IResult)result!).ExecuteAsync(http);

        return (http.Response.StatusCode, JsonNode.Parse(output.ToArray())!.AsObject());
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<(string Message, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((formatter(state, exception), exception));
    }
}
