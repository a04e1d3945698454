using System.ComponentModel;
using JanitorVideo.Core.Drafts;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Media;
using JanitorVideo.Server.Skill;
using ModelContextProtocol;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Server;

namespace JanitorVideo.Server.Resources;

/// <summary>What an agent can read without calling a tool: a project's timeline and the accepted formats.</summary>
[McpServerResourceType]
public sealed class ProjectResources(IServiceProvider services)
{
    public const string TimelineTemplate = "janitor://sessions/{id}/timeline";
    public const string FormatsUri = "janitor://formats";

    [McpServerResource(UriTemplate = TimelineTemplate, Name = "timeline", Title = "Project timeline", MimeType = "text/plain")]
    [Description("A project's timeline: the one-line summary, then one line per track. {id} is a session_id from a tool result.")]
    public async Task<string> Timeline(string id, CancellationToken cancellationToken)
    {
        var backend = services.GetRequiredService<JanitorVideo.Core.Backend.IVideoBackend>();
        try
        {
            var state = await backend.GetStateAsync(ProjectSessions.Validate(id), cancellationToken);
            return TimelineSummary.Describe(state.Draft) + "\n" + string.Join("\n", TimelineSummary.DescribeLines(state.Draft));
        }
        catch (VideoBackendException e)
        {
            throw new McpException(e.Message);
        }
    }

    [McpServerResource(UriTemplate = FormatsUri, Name = "formats", Title = "Accepted formats", MimeType = "text/plain")]
    [Description("The file formats upload accepts, recognised by content, and the size limit.")]
    public static string Formats() =>
        $"Accepted (recognised by content, not by name): {MediaFormats.AcceptedList}.\n" +
        $"Images to animate: JPEG, PNG (transparency is kept), WEBP, GIF (animated too).\n" +
        $"Largest file: {MediaFormats.FormatSize(MediaFormats.MaxUploadBytes)} (200 MB).\n" +
        "Uploads by link: public http(s) addresses only.";
}
