namespace JanitorVideo.Core.Backend;

/// <summary>Where a render job is: pending → processing → completed or failed (or cancelled).</summary>
public enum RenderStatus
{
    Pending,
    Processing,
    Completed,
    Failed,
    Cancelled,
}
