using System.ComponentModel;
using JanitorVideo.Server.Configuration;
using JanitorVideo.Server.Skill;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace JanitorVideo.Server.Tools;

[McpServerToolType]
public sealed class UploadTool(ProjectWorkflow workflow, JanitorSettings settings, ILogger<UploadTool> logger)
{
    [McpServerTool(Name = "upload", Title = "Upload images, video or music", Destructive = false, OpenWorld = true,
        UseStructuredContent = true, OutputSchemaType = typeof(UploadOutput))]
    [Description("Adds files to the video project: the character image to animate (JPG, PNG, WEBP, GIF), or video " +
                 "(MP4, MOV, AVI, WEBM, MKV) and music (MP3, WAV, M4A, AAC), up to 200 MB each. Use it before " +
                 "generate_or_edit whenever the user gives you an image. The first call starts a project; the result " +
                 "names its session_id. Returns what was stored (name, type, size in pixels, duration).")]
    public async Task<CallToolResult> Upload(
        McpServer server,
        [Description("Absolute local paths (/home/me/hero.png, ~/art/hero.webp, file:// URIs) or public http(s) links, one per entry, at most 20.")]
        string[] files,
        [Description("Optional: the project to add to, as returned by an earlier result. Leave out to use the current project.")]
        string? session_id = null,
        CancellationToken cancellationToken = default)
    {
        // Local paths must lie in the folders this client may use (its roots, or the server's settings).
        var folders = await ClientFolders.ResolveAsync(server, settings, logger, workspace: false, cancellationToken);
        return ToolResults.From(await workflow.UploadAsync(ToolResults.ClientKey(server), files, session_id, cancellationToken, folders.Area));
    }
}
