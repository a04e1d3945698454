using JanitorVideo.Render.Audio;
using JanitorVideo.Render.Ffmpeg;

namespace JanitorVideo.Render.Tests.Ffmpeg;

public sealed class EncodeVerificationTests
{
    private static readonly EncodeSettings Settings = new(1080, 1920, 30, 150, Music: MusicSpec.FromBed(MusicBed.Epic));
    private static readonly MediaProbe Good = new("h264", "yuv420p", 1080, 1920, 5.0, 30, 150, true, "aac", 1_000_000) { AudioDurationSeconds = 5.02 };

    [Fact]
    public void Problems_FileAsAsked_None() => Assert.Empty(EncodeVerification.Problems(Good, Settings));

    [Fact]
    public void Problems_OneFrameShort_Tolerated() => Assert.Empty(EncodeVerification.Problems(Good with { FrameCount = 149 }, Settings));

    [Fact]
    public void Problems_EveryMismatch_IsNamed()
    {
        var bad = new MediaProbe("hevc", "yuv444p", 720, 1280, 4.0, 30, 120, false, null, 10);

        var problems = EncodeVerification.Problems(bad, Settings);

        Assert.Collection(
            problems,
            p => Assert.Contains("hevc", p, StringComparison.Ordinal),
            p => Assert.Contains("yuv444p", p, StringComparison.Ordinal),
            p => Assert.Contains("720x1280", p, StringComparison.Ordinal),
            p => Assert.Contains("120 frames", p, StringComparison.Ordinal),
            p => Assert.Contains("music is missing", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_MusicShorterThanClip_IsNamed() =>
        Assert.Contains("music lasts 3", Assert.Single(EncodeVerification.Problems(Good with { AudioDurationSeconds = 3 }, Settings)), StringComparison.Ordinal);
}
