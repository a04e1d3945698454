using System.Text.Json.Nodes;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Drafts;
using JanitorVideo.Core.Errors;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Http.Requests;
using JanitorVideo.Studio.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace JanitorVideo.Studio.Http;

/// <summary>
/// Renders under <c>/api/render/proxy</c>: start (attribution headers required, as the cloud's
/// export does), poll in either of the reference's shapes, cancel, and download the MP4.
/// </summary>
internal sealed class RenderEndpoints(StudioEngine engine, BearerCaller caller, StudioHttpOptions options)
{
    public const string Prefix = "/api/render/proxy";

    /// <summary>What the reference says a start answers with: the job is taken and 5% along.</summary>
    public const int StartProgress = 5;

    private static readonly string[] AttributionHeaders = ["X-Skill-Source", "X-Skill-Version", "X-Skill-Platform"];

    public void Map(IEndpointRouteBuilder renders)
    {
        renders.MapPost("/lambda", StartAsync).RequireRateLimiting(StudioRateLimits.Costly);
        renders.MapGet("/lambda/{id}", Poll);
        renders.MapPost("/lambda/{id}/cancel", Cancel);
        renders.MapGet("/{id}/download", Download);
    }

    private async Task<IResult> StartAsync(HttpRequest request)
    {
        var user = caller.Of(request);
        RequireAttribution(request);
        var body = await ApiJson.ReadAsync<RenderStartRequest>(request, request.HttpContext.RequestAborted)
            ?? throw new VideoBackendException(ErrorKind.InvalidInput,
                "Send {\"id\":\"render_…\",\"sessionId\":\"…\",\"draft\":{…},\"output\":{\"format\":\"mp4\",\"quality\":\"high\"}}.");
        if (body.Output?.Format is { } format && !format.Equals("mp4", StringComparison.OrdinalIgnoreCase))
        {
            throw new VideoBackendException(ErrorKind.InvalidInput, $"The studio renders mp4 only; '{Core.Text.UserText.Shorten(format)}' is not offered.");
        }

        var sessionId = body.SessionId ?? "";
        var draft = body.Draft is null ? engine.State(user, sessionId, _ => null, _ => null).Draft : ReadDraft(body.Draft);
        var job = engine.StartRender(user, body.Id ?? "", sessionId, draft, body.Output?.Quality ?? "high");
        return ApiResponses.RenderOk(new JsonObject
        {
            ["id"] = job.RenderId,
            ["status"] = StatusName(job.Status),
            ["progress"] = ReportedProgress(job),
        });
    }

    private IResult Poll(string id, HttpRequest request)
    {
        var job = engine.Render(caller.Of(request), id);
        var url = job.Status == RenderStatus.Completed ? ApiLinks.Download(request, job.RenderId).ToString() : null;
        var fields = new JsonObject
        {
            ["id"] = job.RenderId,
            ["status"] = StatusName(job.Status),
            ["progress"] = ReportedProgress(job),
        };
        if (options.PollShape == RenderPollShape.TopLevel)
        {
            fields["output"] = url is null ? null : new JsonObject { ["url"] = url };
        }
        else
        {
            fields["outputUrl"] = url;
        }

        fields["createdAt"] = job.CreatedAt;
        fields["completedAt"] = job.CompletedAt;
        fields["error"] = job.Error;
        return options.PollShape == RenderPollShape.TopLevel ? ApiResponses.RenderTopLevel(fields) : ApiResponses.RenderOk(fields);
    }

    private IResult Cancel(string id, HttpRequest request)
    {
        var job = engine.CancelRender(caller.Of(request), id);
        return ApiResponses.RenderOk(new JsonObject
        {
            ["id"] = job.RenderId,
            ["status"] = StatusName(job.Status),
            ["progress"] = ReportedProgress(job),
        });
    }

    private IResult Download(string id, HttpRequest request) =>
        Results.File(engine.OutputFile(caller.Of(request), id), "video/mp4", $"{id}.mp4", enableRangeProcessing: true);

    // Missing attribution makes the cloud's export fail with HTTP 402; the studio does the same so clients are tested against it.
    private static void RequireAttribution(HttpRequest request)
    {
        var missing = AttributionHeaders.Where(name => string.IsNullOrWhiteSpace(request.Headers[name])).ToList();
        if (missing.Count > 0)
        {
            throw new VideoBackendException(ErrorKind.ExportBlockedByPlan,
                $"Export needs the attribution headers {string.Join(", ", AttributionHeaders)}; this request lacks {string.Join(", ", missing)}.");
        }
    }

    private static Draft ReadDraft(JsonObject draft) =>
        Draft.TryParse(draft.ToJsonString(), out var parsed, out var error)
            ? parsed
            : throw new VideoBackendException(ErrorKind.InvalidInput, $"The draft cannot be rendered. {error}");

    private static int ReportedProgress(RenderRecord job) =>
        job.Status is RenderStatus.Pending or RenderStatus.Processing ? Math.Max(job.Progress, StartProgress) : job.Progress;

    /// <summary>The protocol's status words (pending, processing, completed, failed) plus the studio's cancelled.</summary>
    public static string StatusName(RenderStatus status) => status switch
    {
        RenderStatus.Pending => "pending",
        RenderStatus.Processing => "processing",
        RenderStatus.Completed => "completed",
        RenderStatus.Failed => "failed",
        RenderStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
