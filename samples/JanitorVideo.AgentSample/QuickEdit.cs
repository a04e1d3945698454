using Microsoft.Extensions.AI;
using ModelContextProtocol.Client;

namespace JanitorVideo.AgentSample;

/// <summary>One turn as it went: the user's words, the calls the model made for them, and its answer.</summary>
public sealed record QuickEditTurn(string UserSays, IReadOnlyList<ToolCall> Calls, string Answer);

/// <summary>What a run of the workflow came to: every turn, and the exported MP4 if there was one.</summary>
public sealed record QuickEditRun(IReadOnlyList<QuickEditTurn> Turns, string? Mp4Path)
{
    /// <summary>The model's last answer.</summary>
    public string FinalAnswer => Turns.Count == 0 ? "" : Turns[^1].Answer;

    /// <summary>Every call, in the order the model made them.</summary>
    public IReadOnlyList<ToolCall> Calls => [.. Turns.SelectMany(turn => turn.Calls)];
}

/// <summary>
/// The quick-edit workflow as a chat: the user's turns go one by one to a model wrapped in
/// Microsoft.Extensions.AI's function invocation, which calls the server's tools (listed by the MCP
/// client) whenever the model asks for them.
/// </summary>
public static class QuickEdit
{
    /// <summary>What the model is told before the user speaks.</summary>
    public const string Instructions =
        "You turn a still character image into a short video with the janitor-video tools. " +
        "When the user gives you an image path, call upload with it. Pass the user's words about the clip to " +
        "generate_or_edit exactly as they said them. When they ask for the video, call export. " +
        "Answer briefly; after an export, give the MP4's absolute path.";

    /// <summary>Runs <paramref name="userTurns"/> through <paramref name="model"/> with the tools of <paramref name="server"/>.</summary>
    /// <param name="onTurn">Told about each turn as soon as it ends.</param>
    public static async Task<QuickEditRun> RunAsync(IChatClient model, McpClient server, IEnumerable<string> userTurns,
        Action<QuickEditTurn>? onTurn = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(userTurns);
        var calls = new List<ToolCall>();
        var tools = await server.ListToolsAsync(cancellationToken: cancellationToken);
        var options = new ChatOptions { Tools = [.. tools.Select(tool => new TextResultTool(tool, calls))] };

        // Not disposed here: disposing it would dispose the caller's model too.
        var agent = new ChatClientBuilder(model).UseFunctionInvocation().Build();
        List<ChatMessage> history = [new(ChatRole.System, Instructions)];
        var turns = new List<QuickEditTurn>();
        foreach (var words in userTurns)
        {
            var before = calls.Count;
            history.Add(new ChatMessage(ChatRole.User, words));
            var response = await agent.GetResponseAsync(history, options, cancellationToken);
            history.AddMessages(response);
            var turn = new QuickEditTurn(words, calls[before..], response.Text);
            turns.Add(turn);
            onTurn?.Invoke(turn);
        }

        return new QuickEditRun(turns, ExportedPath(calls));
    }

    // The server's own record of where it saved the clip, not the model's retelling of it.
    private static string? ExportedPath(IEnumerable<ToolCall> calls) =>
        calls.LastOrDefault(call => call is { Tool: "export", IsError: false })?.StructuredContent is { } content
        && content.TryGetProperty("path", out var path)
            ? path.GetString()
            : null;
}
