using JanitorVideo.Server.Export;
using JanitorVideo.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace JanitorVideo.Server.Tests.Export;

/// <summary>The kept clips: found whole, refused when damaged, evicted by age and by size (least recently used first).</summary>
public sealed class ClipCacheTests
{
    [Fact]
    public void Keep_OverTheSizeLimit_EvictsTheLeastRecentlyUsed()
    {
        using var folder = new TempFolder();
        var cache = new ClipCache(folder.Combine("clips"), new ExportOptions { ClipCacheMaxBytes = 2500 }, TimeProvider.System, NullLogger<ClipCache>.Instance);
        Keep(cache, "a");
        Keep(cache, "b");
        File.SetLastWriteTimeUtc(Path.Combine(folder.Path, "clips", "a.json"), DateTime.UtcNow.AddHours(-2));
        File.SetLastWriteTimeUtc(Path.Combine(folder.Path, "clips", "b.json"), DateTime.UtcNow.AddHours(-1));
        Assert.NotNull(cache.TryGet("a"));
        // Reading a made it the most recently used: b goes first.

        Keep(cache, "c");

        Assert.NotNull(cache.TryGet("a"));
        Assert.Null(cache.TryGet("b"));
        Assert.NotNull(cache.TryGet("c"));
        Assert.False(File.Exists(Path.Combine(folder.Path, "clips", "b.mp4")));
    }

    [Fact]
    public void Keep_AClipUnusedPastTheAgeLimit_IsEvicted()
    {
        using var folder = new TempFolder();
        var clock = new Clock(DateTimeOffset.UtcNow);
        var cache = new ClipCache(folder.Combine("clips"), new ExportOptions { ClipMaxAge = TimeSpan.FromDays(1) }, clock, NullLogger<ClipCache>.Instance);
        Keep(cache, "old");
        clock.Now += TimeSpan.FromDays(2);

        Keep(cache, "new");

        Assert.Null(cache.TryGet("old"));
        Assert.NotNull(cache.TryGet("new"));
    }

    [Fact]
    public void TryGet_FirstLookAfterARestart_EvictsClipsPastTheAgeLimit()
    {
        using var folder = new TempFolder();
        var clock = new Clock(DateTimeOffset.UtcNow);
        var options = new ExportOptions { ClipMaxAge = TimeSpan.FromDays(1) };
        var before = new ClipCache(folder.Combine("clips"), options, clock, NullLogger<ClipCache>.Instance);
        var old = Keep(before, "old");
        clock.Now += TimeSpan.FromDays(2);

        // A new process that only ever looks for another clip, and keeps none.
        var after = new ClipCache(folder.Combine("clips"), options, clock, NullLogger<ClipCache>.Instance);
        Assert.Null(after.TryGet("other"));

        Assert.False(File.Exists(old.Mp4Path));
    }

    [Fact]
    public void TryGet_ClipDamagedOnDisk_IsNotHandedOutAndIsForgotten()
    {
        using var folder = new TempFolder();
        var cache = new ClipCache(folder.Combine("clips"), new ExportOptions(), TimeProvider.System, NullLogger<ClipCache>.Instance);
        var kept = Keep(cache, "a");
        File.WriteAllBytes(kept.Mp4Path, new byte[10]);

        Assert.Null(cache.TryGet("a"));
        Assert.False(File.Exists(kept.Mp4Path));
    }

    [Fact]
    public void Pending_NotedThenKept_IsGone()
    {
        using var folder = new TempFolder();
        var cache = new ClipCache(folder.Combine("clips"), new ExportOptions(), TimeProvider.System, NullLogger<ClipCache>.Instance);
        cache.NotePending("a", "render_1_abc", "s_1");
        Assert.Equal("render_1_abc", cache.Pending("a"));

        Keep(cache, "a");

        Assert.Null(cache.Pending("a"));
    }

    /// <summary>Keeps a 1000-byte file that starts like an MP4 under <paramref name="key"/>.</summary>
    private static CachedClip Keep(ClipCache cache, string key)
    {
        var staged = cache.StagingPath(key);
        var bytes = new byte[1000];
        "\0\0\0\u0018ftypisom"u8.ToArray().CopyTo(bytes, 0);
        File.WriteAllBytes(staged, bytes);
        return cache.Keep(key, "render_" + key, null, staged, null);
    }

    private sealed class Clock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
