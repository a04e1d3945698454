using JanitorVideo.Render.Audio;

namespace JanitorVideo.Render.Tests.Audio;

public sealed class MusicFilterGraphTests
{
    [Fact]
    public void Build_Defaults_FadeOutEndsOnTheClipsLastSample()
    {
        var graph = MusicFilterGraph.Build(MusicSpec.FromFile("song.mp3"), 240_000, 48000, "1:a", "music");

        Assert.StartsWith("[1:a]", graph, StringComparison.Ordinal);
        Assert.EndsWith("[music]", graph, StringComparison.Ordinal);
        Assert.Contains("volume=0.35", graph, StringComparison.Ordinal);
        Assert.Contains("apad=whole_len=240000,atrim=end_sample=240000", graph, StringComparison.Ordinal);
        Assert.Contains("afade=t=in:ss=0:ns=48000", graph, StringComparison.Ordinal);
        Assert.Contains("afade=t=out:ss=168000:ns=72000", graph, StringComparison.Ordinal);
        Assert.DoesNotContain("atrim=start", graph, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TrimStart_SkipsBeforeEverythingElse()
    {
        var graph = MusicFilterGraph.Build(MusicSpec.FromFile("song.mp3") with { TrimStartSeconds = 12.5 }, 96_000, 48000, "1:a", "music");

        Assert.StartsWith("[1:a]atrim=start=12.5,asetpts=PTS-STARTPTS,aresample=48000", graph, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FadesLongerThanTheClip_AreCutToTheClip()
    {
        var graph = MusicFilterGraph.Build(MusicSpec.FromBed(MusicBed.Ambient) with { FadeInSeconds = 5, FadeOutSeconds = 5 }, 48_000, 48000, "1:a", "music");

        Assert.Contains("afade=t=in:ss=0:ns=48000", graph, StringComparison.Ordinal);
        Assert.Contains("afade=t=out:ss=0:ns=48000", graph, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoFades_NoFadeFilters() =>
        Assert.DoesNotContain("afade", MusicFilterGraph.Build(MusicSpec.FromFile("a.wav") with { FadeInSeconds = 0, FadeOutSeconds = 0 }, 48_000, 48000, "1:a", "music"), StringComparison.Ordinal);
}
