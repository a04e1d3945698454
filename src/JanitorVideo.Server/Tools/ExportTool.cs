using System.ComponentModel;
using JanitorVideo.Server.Configuration;
using JanitorVideo.Server.Skill;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace JanitorVideo.Server.Tools;

[McpServerToolType]
public sealed class ExportTool(ProjectWorkflow workflow, JanitorSettings settings, ILogger<ExportTool> logger)
{
    [McpServerTool(Name = "export", Title = "Export the MP4", Destructive = false, Idempotent = true, OpenWorld = true,
        UseStructuredContent = true, OutputSchemaType = typeof(ExportOutput))]
    [Description("Renders the project's timeline to an H.264 MP4 (up to 1080x1920) and saves it on this machine. " +
                 "Free. Use it when the user is happy with the clip or asks for the video. Reports render progress " +
                 "while it works; a render still running after the server's wait (45 s unless configured) goes on, and the result says so (status \"rendering\"): " +
                 "call export again to collect it. An unchanged project is never rendered twice. Returns the file's absolute path, " +
                 "a file:// link and its size; without output_path it saves into a janitor-video folder of the client's first root, " +
                 "or the data folder.")]
    public async Task<CallToolResult> Export(
        McpServer server,
        IProgress<ProgressNotificationValue> progress,
        [Description("Optional: the project to export, as returned by an earlier result. Leave out for the current project.")]
        string? session_id = null,
        [Description("Optional: where to save, an absolute path ending in .mp4 in an existing folder. Leave out to save into a janitor-video folder of the client's first root (the workspace), or else the data folder's exports.")]
        string? output_path = null,
        CancellationToken cancellationToken = default)
    {
        var folders = await ClientFolders.ResolveAsync(server, settings, logger, workspace: string.IsNullOrWhiteSpace(output_path), cancellationToken);
        return ToolResults.From(await workflow.ExportAsync(ToolResults.ClientKey(server), session_id, output_path, progress, cancellationToken,
            folders.Workspace, folders.Area));
    }
}
