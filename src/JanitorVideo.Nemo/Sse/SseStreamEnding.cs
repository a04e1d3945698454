namespace JanitorVideo.Nemo.Sse;

/// <summary>How a reply stream ended, as far as its bytes can tell.</summary>
/// <remarks>
/// The reference has no end event (the stream closing ends the reply), so a stream that closes
/// between events looks the same whether the agent finished or the connection was cut there; a
/// cut the HTTP layer notices arrives as an <see cref="IOException"/> from the reading instead.
/// </remarks>
public enum SseStreamEnding
{
    /// <summary>The stream has not ended yet (still reading, or the reading stopped early).</summary>
    NotEnded,

    /// <summary>The stream ended after a whole event (or before any): nothing was lost in it.</summary>
    BetweenEvents,

    /// <summary>
    /// The stream ended inside an event, which was dropped unread: the reply is incomplete, as after
    /// a dropped connection.
    /// </summary>
    InsideEvent,
}
