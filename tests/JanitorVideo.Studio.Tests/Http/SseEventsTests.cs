using System.Text;
using System.Text.Json.Nodes;
using JanitorVideo.Core.Backend;
using JanitorVideo.Studio.Http;

namespace JanitorVideo.Studio.Tests.Http;

/// <summary>Reply events on the wire, as the reference shows them.</summary>
public sealed class SseEventsTests
{
    [Fact]
    public void Frame_EachEvent_IsOneDataLineAndABlankLine()
    {
        var frame = Encoding.UTF8.GetString(SseEvents.Frame(SseEvents.Payload(new AgentEvent.Text("Line one\nline two \"quoted\""))));

        Assert.Equal("data: {\"type\":\"text\",\"content\":\"Line one\\nline two \\u0022quoted\\u0022\"}\n\n", frame);
    }

    [Fact]
    public void Payload_ToolEvents_CarryNameArgsAndResult()
    {
        var call = SseEvents.Payload(new AgentEvent.ToolCall("plan_edit", new JsonObject { ["instruction"] = "animate" }));
        var result = SseEvents.Payload(new AgentEvent.ToolResult("plan_edit", new JsonObject { ["planner"] = "rules" }));

        Assert.Equal("""{"type":"tool_call","name":"plan_edit","args":{"instruction":"animate"}}""", call.ToJsonString());
        Assert.Equal("""{"type":"tool_result","name":"plan_edit","result":{"planner":"rules"}}""", result.ToJsonString());
    }

    [Fact]
    public void Payload_Heartbeat_IsTypeOnly()
    {
        Assert.Equal("""{"type":"heartbeat"}""", SseEvents.Payload(new AgentEvent.Heartbeat()).ToJsonString());
    }

    [Fact]
    public void Payload_SameEventTwice_CanBeWrittenTwice()
    {
        var args = new JsonObject { ["steps"] = 2 };
        var item = new AgentEvent.ToolCall("apply_edit", args);

        var first = SseEvents.Payload(item).ToJsonString();
        var second = SseEvents.Payload(item).ToJsonString();

        Assert.Equal(first, second);
    }
}
