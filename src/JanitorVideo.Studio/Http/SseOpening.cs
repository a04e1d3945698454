using JanitorVideo.Core.Backend;

namespace JanitorVideo.Studio.Http;

/// <summary>The events of a reply read before its stream opens, and how the reading ended.</summary>
/// <param name="Break">What broke the stream when it <see cref="SseEnding.Dropped"/>.</param>
internal sealed record SseOpening(IReadOnlyList<AgentEvent> Events, SseEnding Ending, IOException? Break = null);

internal enum SseEnding
{
    /// <summary>More events follow.</summary>
    Continues,

    /// <summary>The reply is complete.</summary>
    Ended,

    /// <summary>The stream broke: the client sees the connection end abruptly.</summary>
    Dropped,
}
