using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Core.Backend;

/// <summary>A render to start: a unique id, the session, the draft to render and the output wanted.</summary>
public sealed record RenderRequest(string RenderId, string SessionId, Draft Draft, string Format = "mp4", string Quality = "high");
