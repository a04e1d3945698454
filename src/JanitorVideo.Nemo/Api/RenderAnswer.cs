using System.Globalization;
using System.Text.Json.Nodes;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Nemo.Api;

/// <summary>
/// A render's answer in either documented shape, told apart by where <c>status</c> is: at the top
/// level with <c>output.url</c> (a <c>data</c> object beside it is something else), or under
/// <c>data</c> with <c>outputUrl</c>. Whichever the service sends, the job reads the same.
/// </summary>
internal static class RenderAnswer
{
    public static RenderJob Read(JsonObject body, string renderId, Uri apiBase)
    {
        var fields = Fields(body);
        var status = DraftValues.Text(fields, "status") switch
        {
            "processing" or "rendering" => RenderStatus.Processing,
            "completed" or "done" or "succeeded" => RenderStatus.Completed,
            "failed" or "error" => RenderStatus.Failed,
            "cancelled" or "canceled" => RenderStatus.Cancelled,
            _ => RenderStatus.Pending,
        };
        var url = DraftValues.Text(fields, "outputUrl") ?? (fields["output"] as JsonObject is { } output ? DraftValues.Text(output, "url") : null);
        return new RenderJob(
            DraftValues.Text(fields, "id") ?? renderId,
            status,
            DraftValues.Number(fields, "progress") is { } percent ? (int)Math.Clamp(percent, 0, 100) : 0,
            url is not null && Uri.TryCreate(apiBase, url, out var link) ? link : null,
            DraftValues.Text(fields, "error"),
            Time(fields, "createdAt"),
            Time(fields, "completedAt"));
    }

    /// <summary>The object that holds the render: the top level when it has a status, else <c>data</c> when there is one.</summary>
    private static JsonObject Fields(JsonObject body) =>
        body["status"] is null && body["data"] is JsonObject data ? data : body;

    private static DateTimeOffset? Time(JsonObject fields, string name) =>
        DraftValues.Text(fields, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time) ? time : null;
}
