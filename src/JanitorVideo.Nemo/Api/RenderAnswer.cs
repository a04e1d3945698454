using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using JanitorVideo.Core.Backend;

namespace JanitorVideo.Nemo.Api;

/// <summary>
/// A render's answer in either documented shape: fields under <c>data</c> with <c>outputUrl</c>, or
/// at the top level with <c>output.url</c>. Whichever the service sends, the job reads the same.
/// </summary>
internal static class RenderAnswer
{
    public static RenderJob Read(JsonObject body, string renderId, Uri apiBase)
    {
        var fields = body["data"] as JsonObject ?? body;
        var status = Text(fields, "status") switch
        {
            "processing" or "rendering" => RenderStatus.Processing,
            "completed" or "done" or "succeeded" => RenderStatus.Completed,
            "failed" or "error" => RenderStatus.Failed,
            "cancelled" or "canceled" => RenderStatus.Cancelled,
            _ => RenderStatus.Pending,
        };
        var url = Text(fields, "outputUrl") ?? (fields["output"] as JsonObject is { } output ? Text(output, "url") : null);
        return new RenderJob(
            Text(fields, "id") ?? renderId,
            status,
            fields["progress"] is JsonValue progress && progress.TryGetValue<double>(out var percent) ? (int)Math.Clamp(percent, 0, 100) : 0,
            url is not null && Uri.TryCreate(apiBase, url, out var link) ? link : null,
            Text(fields, "error"),
            Time(fields, "createdAt"),
            Time(fields, "completedAt"));
    }

    private static string? Text(JsonObject fields, string name) =>
        fields[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static DateTimeOffset? Time(JsonObject fields, string name) =>
        Text(fields, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time) ? time : null;
}
