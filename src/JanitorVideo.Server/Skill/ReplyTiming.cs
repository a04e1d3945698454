namespace JanitorVideo.Server.Skill;

/// <summary>
/// How long a conversation turn waits on the agent's reply stream, and how it checks the project
/// after the stream drops, for either backend. The defaults are the reference's
/// (<c>shared/reference/nemo-api.md</c>, "The SSE stream"); tests shorten them.
/// </summary>
public sealed record ReplyTiming
{
    /// <summary>Only heartbeats for this long means the reply timed out.</summary>
    public TimeSpan HeartbeatOnlyTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the user hears "still working" while only heartbeats arrive.</summary>
    public TimeSpan StillWorkingEvery { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>After a dropped stream, the wait before the first read of the state (the message is never sent again).</summary>
    public TimeSpan DroppedStreamFirstRead { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>After a dropped stream, the time between later reads of the state.</summary>
    public TimeSpan DroppedStreamReadEvery { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Reads of an unchanged state after a dropped stream before the turn is reported as failed.</summary>
    public int DroppedStreamUnchangedReads { get; init; } = 5;
}
