using System.Text;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Errors;
using JanitorVideo.Nemo.Sse;

namespace JanitorVideo.Nemo.Tests.Sse;

public sealed class AgentEventPayloadTests
{
    [Fact]
    public void Parse_ToolCall_KeepsNameAndArguments()
    {
        var item = Parse("""{"type":"tool_call","name":"add_title","args":{"text":"Paradise Found","start_ms":0,"end_ms":3000}}""");

        var call = Assert.IsType<AgentEvent.ToolCall>(item);
        Assert.Equal("add_title", call.Name);
        Assert.Equal("Paradise Found", (string?)call.Args?["text"]);
        Assert.Equal(3000, (int?)call.Args?["end_ms"]);
    }

    [Theory]
    [InlineData("""{"type":"tool_result","name":"render","result":{"ok":true}}""", """{"ok":true}""")]
    [InlineData("""{"type":"tool_result","name":"render","result":"done"}""", "\"done\"")]
    [InlineData("""{"type":"tool_result","name":"render","result":null}""", null)]
    public void Parse_ToolResult_KeepsWhateverTheResultIs(string data, string? expected)
    {
        var result = Assert.IsType<AgentEvent.ToolResult>(Parse(data));

        Assert.Equal("render", result.Name);
        Assert.Equal(expected, result.Result?.ToJsonString());
    }

    [Fact]
    public void Parse_ToolCallWithoutArguments_HasNoArguments()
    {
        var call = Assert.IsType<AgentEvent.ToolCall>(Parse("""{"type":"tool_call","name":"undo"}"""));

        Assert.Null(call.Args);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("""{"type":"heartbeat"}""")]
    [InlineData("""{"type":"text"}""")]
    [InlineData("""{"type":"text","content":42}""")]
    [InlineData("""{"type":"thinking","content":"hidden"}""")]
    [InlineData("""{"type":7}""")]
    [InlineData("""{"content":"Hello"}""")]
    [InlineData("\"text\"")]
    [InlineData("{\"type\":\"text\",\"content\":\"cut")]
    public void Parse_NothingToShow_IsStillWorking(string data)
    {
        Assert.IsType<AgentEvent.Heartbeat>(Parse(data));
    }

    [Fact]
    public void Parse_TextWithWhitespace_KeepsItExactly()
    {
        var text = Assert.IsType<AgentEvent.Text>(Parse("""{"type":"text","content":" and added sparkles.\n"}"""));

        Assert.Equal(" and added sparkles.\n", text.Content);
    }

    [Theory]
    [InlineData(2001, ErrorKind.OutOfCredits)]
    [InlineData(1001, ErrorKind.TokenInvalid)]
    [InlineData(1002, ErrorKind.SessionNotFound)]
    [InlineData(429, ErrorKind.RateLimited)]
    [InlineData(500, ErrorKind.Unexpected)]
    [InlineData(9999, ErrorKind.Unexpected)]
    public void Parse_ErrorEvent_ThrowsTheKindItsCodeMeans(int code, ErrorKind kind)
    {
        var failure = Assert.Throws<VideoBackendException>(() => Parse($$"""{"type":"error","code":{{code}},"message":"It stopped."}"""));

        Assert.Equal(kind, failure.Kind);
        Assert.Equal("It stopped.", failure.Message);
    }

    [Fact]
    public void Parse_StudioErrorWithErrorId_KeepsTheWordsAndLogsTheId()
    {
        var failure = Assert.Throws<VideoBackendException>(() => Parse(
            """{"type":"error","code":500,"message":"Something went wrong on our side (error id e-7f3a).","error_id":"e-7f3a"}"""));

        Assert.Equal("Something went wrong on our side (error id e-7f3a).", failure.Message);
        Assert.Contains("e-7f3a", failure.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"type":"error","code":2001}""", ErrorKind.OutOfCredits)]
    [InlineData("""{"type":"error","message":"  "}""", ErrorKind.Unexpected)]
    public void Parse_ErrorEventWithoutWords_UsesTheCataloguesWords(string data, ErrorKind kind)
    {
        var failure = Assert.Throws<VideoBackendException>(() => Parse(data));

        Assert.Equal(kind, failure.Kind);
        Assert.Equal(ErrorCatalogue.Explain(kind), failure.Message);
    }

    private static AgentEvent Parse(string data) => AgentEventPayload.Parse(Encoding.UTF8.GetBytes(data));
}
