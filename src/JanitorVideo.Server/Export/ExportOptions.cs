namespace JanitorVideo.Server.Export;

/// <summary>How long an export may take.</summary>
public sealed record ExportOptions
{
    /// <summary>The longest a render may take, its retry included, before it is given up and cancelled (the cloud's SSE limit is 15 minutes too).</summary>
    public TimeSpan RenderTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How long cancelling a given-up render on the backend may take.</summary>
    public TimeSpan CancelGrace { get; init; } = TimeSpan.FromSeconds(10);
}
