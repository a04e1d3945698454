using System.Text.Json.Nodes;
using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Core.Backend;

/// <summary>
/// A session's latest state: the draft, plus the rest of <c>data.state</c> kept as it came
/// (<c>video_infos</c>, <c>canvas_config</c>, <c>video_analyses</c>, <c>generated_media</c>…).
/// </summary>
public sealed record ProjectState(string SessionId, Draft Draft, JsonObject Raw);
