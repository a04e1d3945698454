namespace JanitorVideo.Server.Export;

/// <summary>How long an export may take and wait, and how many finished clips are kept.</summary>
public sealed record ExportOptions
{
    /// <summary>The longest a render may take, its retry included, before it is given up and cancelled (the cloud's SSE limit is 15 minutes too).</summary>
    public TimeSpan RenderTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How long cancelling a given-up render on the backend may take.</summary>
    public TimeSpan CancelGrace { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The longest a tool call waits for its work (<c>JANITOR_TOOL_WAIT</c>): hosts give a call about
    /// 60 s, so past this the call answers with the job still running and how to collect it.
    /// </summary>
    public TimeSpan ToolWait { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>Finished clips unused for longer than this are evicted (<c>JANITOR_CLIPS_MAX_DAYS</c>).</summary>
    public TimeSpan ClipMaxAge { get; init; } = TimeSpan.FromDays(14);

    /// <summary>Past this total, the least recently used clips are evicted (<c>JANITOR_CLIPS_MAX_MB</c>).</summary>
    public long ClipCacheMaxBytes { get; init; } = 2048L * 1024 * 1024;
}
