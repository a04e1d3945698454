namespace JanitorVideo.Core.Backend;

/// <summary>A render job as last seen.</summary>
/// <param name="Progress">0–100.</param>
/// <param name="OutputUrl">Where the finished MP4 can be fetched; null until completed.</param>
/// <param name="Error">Why it failed, in the backend's words; null otherwise.</param>
/// <param name="PreviewUrl">A contact sheet of the finished clip (PNG), when the backend makes one; null otherwise.</param>
public sealed record RenderJob(
    string Id,
    RenderStatus Status,
    int Progress,
    Uri? OutputUrl = null,
    string? Error = null,
    DateTimeOffset? CreatedAt = null,
    DateTimeOffset? CompletedAt = null,
    Uri? PreviewUrl = null)
{
    public bool IsFinished => Status is RenderStatus.Completed or RenderStatus.Failed or RenderStatus.Cancelled;
}
