namespace JanitorVideo.Studio.Engine;

/// <summary>
/// What the studio keeps for one user of its API, and when it lets go. A user may hold up to
/// <see cref="MaxProjectsPerUser"/> projects and <see cref="MaxBytesPerUser"/> of uploads and clips;
/// over either, new projects, uploads and renders are refused with plain words until room is made.
/// Projects untouched for <see cref="KeepIdleFor"/> are removed with their files. The machine's own
/// user (behind the MCP tools) is not counted and its projects are kept: they are the person's own work.
/// Whoever asks, nothing is stored while the disk has less than <see cref="MinFreeDiskBytes"/> free.
/// </summary>
public sealed record StorageLimits
{
    /// <summary>Projects (sessions) one API user may hold at once.</summary>
    public int MaxProjectsPerUser { get; init; } = 100;

    /// <summary>Bytes of uploads (the same bytes counted once) and finished clips one API user may hold.</summary>
    public long MaxBytesPerUser { get; init; } = 2L << 30;

    /// <summary>An API user's project with no edit, upload or render for this long is removed, files and all.</summary>
    public TimeSpan KeepIdleFor { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Uploads and renders are refused, for every user, while the studio's disk has less free than this.</summary>
    public long MinFreeDiskBytes { get; init; } = 512L << 20;

    /// <summary>How often idle projects and files nothing refers to any more are looked for (also once at start).</summary>
    public TimeSpan SweepEvery { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long a file nothing refers to is left alone (an upload being recorded writes its file first).</summary>
    public TimeSpan OrphanGrace { get; init; } = TimeSpan.FromHours(1);
}
