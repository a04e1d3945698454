using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Core.Backend;

/// <summary>A render to start: a unique id, the session, the draft to render and the output wanted.</summary>
public sealed record RenderRequest(string RenderId, string SessionId, Draft Draft, string Format = "mp4", string Quality = "high")
{
    /// <summary>A fresh id in the reference's style: <c>render_&lt;unix ms&gt;_&lt;8 hex&gt;</c> (the suffix keeps two renders of one millisecond apart).</summary>
    public static string NewId(DateTimeOffset now) => $"render_{now.ToUnixTimeMilliseconds()}_{Guid.NewGuid().ToString("N")[..8]}";
}
