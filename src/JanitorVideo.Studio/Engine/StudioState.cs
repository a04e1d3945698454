using System.Text.Json.Nodes;
using JanitorVideo.Core.Backend;
using JanitorVideo.Studio.Agent;
using JanitorVideo.Studio.Store;

namespace JanitorVideo.Studio.Engine;

/// <summary>A session's state in the reference's shape: <c>draft</c>, <c>video_infos</c>, <c>canvas_config</c>, <c>video_analyses</c>, <c>generated_media</c>.</summary>
public static class StudioState
{
    public static JsonObject Describe(SessionRecord session, DraftVersion draft, IReadOnlyList<MediaRecord> media, IReadOnlyList<RenderRecord> renders,
        Func<MediaRecord, Uri?> mediaUrl, Func<RenderRecord, Uri?> renderUrl)
    {
        var meta = draft.Draft.Metadata;
        var (width, height) = DraftConventions.FrameSize(DraftConventions.DefaultAspect, DraftConventions.MaxShortSide);
        return new JsonObject
        {
            ["session_id"] = session.SessionId,
            ["draft_version"] = draft.Version,
            ["draft"] = draft.Draft.ToJsonNode(),
            ["video_infos"] = new JsonArray([.. media.Select(item => (JsonNode)new JsonObject
            {
                ["media_id"] = item.MediaId,
                ["filename"] = item.FileName,
                ["file_type"] = item.Kind,
                ["format"] = item.Format,
                ["cdn_url"] = mediaUrl(item)?.ToString(),
                ["width"] = item.Width,
                ["height"] = item.Height,
                ["duration"] = item.DurationSeconds,
                ["fps"] = item.Fps,
                ["hash"] = item.Hash,
            })]),
            ["canvas_config"] = new JsonObject
            {
                ["width"] = meta.Width ?? width,
                ["height"] = meta.Height ?? height,
                ["fps"] = meta.Fps ?? DraftConventions.Fps,
                ["aspect"] = meta.Aspect ?? DraftConventions.DefaultAspect,
            },
            ["video_analyses"] = new JsonArray(),
            ["generated_media"] = new JsonArray([.. renders.Where(job => job.Status == RenderStatus.Completed).Select(job => (JsonNode)new JsonObject
            {
                ["render_id"] = job.RenderId,
                ["url"] = renderUrl(job)?.ToString(),
                ["completed_at"] = job.CompletedAt?.ToString("O"),
            })]),
        };
    }
}
