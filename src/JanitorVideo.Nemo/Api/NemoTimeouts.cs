namespace JanitorVideo.Nemo.Api;

/// <summary>How long each kind of call may take: short for ordinary calls, uploads by their size (a reply stream's limit is the reference's, in <see cref="Configuration.NemoIntervals"/>).</summary>
public sealed record NemoTimeouts
{
    /// <summary>Sessions, state, credits, render start, poll and cancel.</summary>
    public TimeSpan Call { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>An upload's time before its bytes are counted.</summary>
    public TimeSpan UploadBase { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The slowest upload speed waited for: a 200 MB file at 256 KB/s gets about 13 minutes more.</summary>
    public long UploadBytesPerSecond { get; init; } = 256 * 1024;

    /// <summary>Fetching a finished MP4.</summary>
    public TimeSpan Download { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The limit for uploading <paramref name="bytes"/>.</summary>
    public TimeSpan Upload(long bytes) => UploadBase + TimeSpan.FromSeconds((double)bytes / UploadBytesPerSecond);
}
