using JanitorVideo.AgentSample;
using Microsoft.Extensions.AI;

namespace JanitorVideo.Samples.Tests;

/// <summary>The stand-in model reads the conversation as a model would, and answers from its script.</summary>
public sealed class ScriptedAgentModelTests
{
    private static readonly IReadOnlyList<ScriptedTurn> Script = QuickEditScript.For("/art/druid.png");

    private static readonly ChatOptions AllTools = new()
    {
        Tools = [.. new[] { "upload", "generate_or_edit", "get_state", "get_credits", "export" }
            .Select(name => AIFunctionFactory.Create(() => "", name))],
    };

    [Fact]
    public async Task GetResponse_AfterTheSecondUserTurn_CallsTheSecondTurnsToolWithItsWords()
    {
        using var model = new ScriptedAgentModel(Script);
        List<ChatMessage> history =
        [
            new(ChatRole.User, Script[0].UserSays),
            new(ChatRole.Assistant, [new FunctionCallContent("call_1", "upload")]),
            new(ChatRole.Tool, [new FunctionResultContent("call_1", "Uploaded 1 file.")]),
            new(ChatRole.Assistant, "The server answered: Uploaded 1 file."),
            new(ChatRole.User, Script[1].UserSays),
        ];

        var response = await model.GetResponseAsync(history, AllTools);

        var call = Assert.IsType<FunctionCallContent>(Assert.Single(response.Messages.Single().Contents));
        Assert.Equal("generate_or_edit", call.Name);
        Assert.Equal(QuickEditScript.Animate, call.Arguments?["instruction"]);
    }

    [Fact]
    public async Task GetResponse_AfterAToolResult_RetellsTheFirstLineOfTheServersWords()
    {
        using var model = new ScriptedAgentModel(Script);
        List<ChatMessage> history =
        [
            new(ChatRole.User, Script[3].UserSays),
            new(ChatRole.Assistant, [new FunctionCallContent("call_4", "export")]),
            new(ChatRole.Tool, [new FunctionResultContent("call_4", "Exported the MP4 (1 MB): /data/clip.mp4\nLink: file:///data/clip.mp4")]),
        ];

        var response = await model.GetResponseAsync(history, AllTools);

        Assert.Equal("The server answered: Exported the MP4 (1 MB): /data/clip.mp4", response.Text);
    }

    [Fact]
    public async Task GetResponse_ScriptedToolNotOffered_SaysWhichToolsWere()
    {
        using var model = new ScriptedAgentModel(Script);
        var onlyState = new ChatOptions { Tools = [AIFunctionFactory.Create(() => "", "get_state")] };

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(
            () => model.GetResponseAsync([new ChatMessage(ChatRole.User, Script[0].UserSays)], onlyState));

        Assert.Equal("The script calls 'upload', but the tools offered are: get_state.", failure.Message);
    }
}
