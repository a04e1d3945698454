using System.ComponentModel;
using JanitorVideo.Server.Skill;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace JanitorVideo.Server.Tools;

[McpServerToolType]
public sealed class GetStateTool(ProjectWorkflow workflow)
{
    [McpServerTool(Name = "get_state", Title = "Show the timeline", ReadOnly = true, Destructive = false, Idempotent = true,
        OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(StateOutput))]
    [Description("Shows the project's timeline in one line, e.g. 'Timeline (3 tracks): 1. Video: hero (0-10s) " +
                 "2. BGM: Lo-fi (0-10s, 35%) 3. Title: \"The Druid\" (0-3s)'. Use it when the user asks what the clip " +
                 "contains, or before exporting. Returns the summary, one line per track, the length and whether it is ready to export.")]
    public async Task<CallToolResult> GetState(
        McpServer server,
        [Description("Optional: the project to show, as returned by an earlier result. Leave out for the current project.")]
        string? session_id = null,
        CancellationToken cancellationToken = default) =>
        ToolResults.From(await workflow.StateAsync(ToolResults.ClientKey(server), session_id, cancellationToken));
}
