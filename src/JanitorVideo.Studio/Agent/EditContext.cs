using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Studio.Agent;

/// <summary>What the agent knows when it reads an instruction: the current draft and the session's uploads, oldest first.</summary>
public sealed record EditContext(Draft Draft, IReadOnlyList<MediaItem> Media);
