using JanitorVideo.Render.Audio;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Render.Tests.Ffmpeg;

public sealed class FfmpegEncoderMusicTests
{
    private const int Width = 320;
    private const int Height = 240;
    private const string Tone = "aevalsrc=0.8*sin(2*PI*440*t):s=44100";

    [Fact]
    public async Task CompleteAsync_BuiltInBed_AddsAacAsLongAsTheVideo()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("clip.mp4");

        var probe = await EncodeAsync(output, 90, MusicSpec.FromBed(MusicBed.LoFi));

        Assert.True(probe.HasAudio);
        Assert.Equal("aac", probe.AudioCodec);
        Assert.Equal(90, probe.FrameCount);
        Assert.Equal(probe.DurationSeconds, probe.AudioDurationSeconds, 0.1);
        var audio = await GeneratedMedia.DecodeMonoAsync(output);
        Assert.True(GeneratedMedia.Rms(audio, 1.0, 1.5) > 0.01, "The bed should be audible mid-clip.");
        Assert.Equal(["clip.mp4"], FfmpegEncoderTests.FilesIn(folder));
    }

    [Fact]
    public async Task CompleteAsync_FfprobeMissing_VerifiesTheClipAndItsMusicFromTheBoxes()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("clip.mp4");
        var tools = GeneratedMedia.Tools with { Ffprobe = "/nonexistent/janitor/ffprobe" };

        MediaProbe probe;
        await using (var encoder = await FfmpegEncoder.StartAsync(new EncodeSettings(Width, Height, 30, 60, Music: MusicSpec.FromBed(MusicBed.Ambient)), output, tools))
        {
            await FfmpegEncoderTests.WriteFramesAsync(encoder, 60);
            probe = await encoder.CompleteAsync();
            Assert.True(encoder.VerifyTime > TimeSpan.Zero);
        }

        Assert.Equal(60, probe.FrameCount);
        Assert.Equal(("aac", 2.0), (probe.AudioCodec, Math.Round(probe.AudioDurationSeconds, 1)));
        Assert.Equal(await Ffprobe.ProbeAsync(output, GeneratedMedia.Tools), probe);
        Assert.Equal(["clip.mp4"], FfmpegEncoderTests.FilesIn(folder));
    }

    [Theory]
    [InlineData("wav")]
    [InlineData("mp3")]
    [InlineData("m4a")]
    [InlineData("aac")]
    public async Task CompleteAsync_OneSecondTrackOnThreeSecondClip_LoopsTheTrackToTheEnd(string extension)
    {
        using var folder = new TempFolder();
        var track = folder.Combine("one-second." + extension);
        await GeneratedMedia.MakeAudioAsync(Tone + ":d=1", track);
        var output = folder.Combine("clip.mp4");

        var probe = await EncodeAsync(output, 90, MusicSpec.FromFile(track) with { Volume = 1, FadeInSeconds = 0, FadeOutSeconds = 0.2 });

        Assert.Equal(3.0, probe.AudioDurationSeconds, 0.1);
        var audio = await GeneratedMedia.DecodeMonoAsync(output);
        Assert.True(GeneratedMedia.Rms(audio, 0.2, 0.9) > 0.3, "The track should play in the first second.");
        Assert.True(GeneratedMedia.Rms(audio, 1.2, 2.7) > 0.3, "The track should loop, not fall silent, after its first second.");
    }

    [Fact]
    public async Task CompleteAsync_TenSecondMp3OnTwoSecondClip_CutsTheMusicAtTheClipEnd()
    {
        using var folder = new TempFolder();
        var track = folder.Combine("ten-seconds.mp3");
        await GeneratedMedia.MakeAudioAsync(Tone + ":d=10", track);

        var probe = await EncodeAsync(folder.Combine("clip.mp4"), 60, MusicSpec.FromFile(track));

        Assert.Equal(60, probe.FrameCount);
        Assert.Equal(2.0, probe.DurationSeconds, 0.05);
        Assert.Equal(2.0, probe.AudioDurationSeconds, 0.1);
    }

    [Fact]
    public async Task CompleteAsync_TrimStart_SkipsTheTracksIntro()
    {
        using var folder = new TempFolder();
        var track = folder.Combine("late-start.mp3");
        await GeneratedMedia.MakeAudioAsync("aevalsrc=if(gt(t\\,5)\\,0.8*sin(2*PI*440*t)\\,0):s=44100:d=10", track);
        var untrimmed = folder.Combine("untrimmed.mp4");
        var trimmed = folder.Combine("trimmed.mp4");
        var spec = MusicSpec.FromFile(track) with { Volume = 1, FadeInSeconds = 0, FadeOutSeconds = 0 };

        await EncodeAsync(untrimmed, 60, spec);
        await EncodeAsync(trimmed, 60, spec with { TrimStartSeconds = 5.2 });

        Assert.True(GeneratedMedia.Rms(await GeneratedMedia.DecodeMonoAsync(untrimmed), 0.2, 1.8) < 0.01, "Without a trim the clip gets the silent intro.");
        Assert.True(GeneratedMedia.Rms(await GeneratedMedia.DecodeMonoAsync(trimmed), 0.2, 1.8) > 0.3, "With the trim the clip starts in the music.");
    }

    [Fact]
    public async Task CompleteAsync_Fades_RiseFromSilenceAndEndSilentOnTheLastFrame()
    {
        using var folder = new TempFolder();
        var track = folder.Combine("tone.wav");
        await GeneratedMedia.MakeAudioAsync(Tone + ":d=5", track);
        var output = folder.Combine("clip.mp4");

        await EncodeAsync(output, 90, MusicSpec.FromFile(track) with { Volume = 1, FadeInSeconds = 1, FadeOutSeconds = 1 });

        var audio = await GeneratedMedia.DecodeMonoAsync(output);
        var middle = GeneratedMedia.Rms(audio, 1.3, 1.7);
        Assert.True(middle > 0.3, "At full volume between the fades.");
        Assert.True(GeneratedMedia.Rms(audio, 0, 0.1) < 0.15 * middle, "The fade-in starts near silence.");
        Assert.True(GeneratedMedia.Rms(audio, 2.45, 2.55) < 0.7 * middle, "Half-way through the fade-out it is quieter.");
        Assert.True(GeneratedMedia.Rms(audio, 2.95, 3.0) < 0.1 * middle, "The fade-out ends at the clip's end.");
    }

    [Fact]
    public async Task CompleteAsync_SameMusicAgain_CopiesTheKeptAacIntoTheSameFile_OtherVolumeEncodesAgain()
    {
        using var folder = new TempFolder();
        var music = MusicSpec.FromBed(MusicBed.Epic) with { BedSeed = 11 };

        await EncodeAsync(folder.Combine("first.mp4"), 45, music);
        var reused = MusicInput.Reused;
        await EncodeAsync(folder.Combine("again.mp4"), 45, music);
        var afterAgain = MusicInput.Reused;
        await EncodeAsync(folder.Combine("louder.mp4"), 45, music with { Volume = 0.8 });

        Assert.True(afterAgain > reused, "the second encode takes the music from memory");
        Assert.Equal(await File.ReadAllBytesAsync(folder.Combine("first.mp4")), await File.ReadAllBytesAsync(folder.Combine("again.mp4")));
        var (quiet, loud) = (await GeneratedMedia.DecodeMonoAsync(folder.Combine("first.mp4")), await GeneratedMedia.DecodeMonoAsync(folder.Combine("louder.mp4")));
        Assert.True(GeneratedMedia.Rms(loud, 0.5, 1.0) > 1.5 * GeneratedMedia.Rms(quiet, 0.5, 1.0), "another volume is encoded anew, not copied");
        Assert.Equal(["again.mp4", "first.mp4", "louder.mp4"], FfmpegEncoderTests.FilesIn(folder));
    }

    [Fact]
    public async Task CompleteAsync_TrackReplacedUnderTheSameName_GetsTheNewTrack()
    {
        using var folder = new TempFolder();
        var track = folder.Combine("song.wav");
        var spec = MusicSpec.FromFile(track) with { Volume = 1, FadeInSeconds = 0, FadeOutSeconds = 0 };
        await GeneratedMedia.MakeAudioAsync(Tone + ":d=2", track);
        await EncodeAsync(folder.Combine("tone.mp4"), 30, spec);

        await GeneratedMedia.MakeAudioAsync("aevalsrc=0:s=44100:d=3", track);
        await EncodeAsync(folder.Combine("silence.mp4"), 30, spec);

        Assert.True(GeneratedMedia.Rms(await GeneratedMedia.DecodeMonoAsync(folder.Combine("tone.mp4")), 0.2, 0.8) > 0.3);
        Assert.True(GeneratedMedia.Rms(await GeneratedMedia.DecodeMonoAsync(folder.Combine("silence.mp4")), 0.2, 0.8) < 0.01, "the new track, not the one kept from before");
    }

    [Fact]
    public async Task StartAsync_TextFileAsMusic_ThrowsRenderInputExceptionAndStartsNothing()
    {
        using var folder = new TempFolder();
        var notAudio = folder.Combine("song.mp3");
        await File.WriteAllTextAsync(notAudio, "These are lyrics, not audio.");

        var error = await Assert.ThrowsAsync<RenderInputException>(() =>
            FfmpegEncoder.StartAsync(new EncodeSettings(Width, Height, 30, 30, Music: MusicSpec.FromFile(notAudio)), folder.Combine("clip.mp4"), GeneratedMedia.Tools));

        Assert.Contains("song.mp3", error.Message, StringComparison.Ordinal);
        Assert.Equal(["song.mp3"], FfmpegEncoderTests.FilesIn(folder));
    }

    [Fact]
    public async Task StartAsync_ImageAsMusic_ThrowsRenderInputException()
    {
        using var folder = new TempFolder();
        var image = folder.Combine("cover.png");
        await GeneratedMedia.MakeImageAsync(image);

        var error = await Assert.ThrowsAsync<RenderInputException>(() =>
            FfmpegEncoder.StartAsync(new EncodeSettings(Width, Height, 30, 30, Music: MusicSpec.FromFile(image)), folder.Combine("clip.mp4"), GeneratedMedia.Tools));

        Assert.Contains("'cover.png' is not audio", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_MissingMusicFile_ThrowsRenderInputException()
    {
        using var folder = new TempFolder();

        await Assert.ThrowsAsync<RenderInputException>(() =>
            FfmpegEncoder.StartAsync(new EncodeSettings(Width, Height, 30, 30, Music: MusicSpec.FromFile(folder.Combine("gone.mp3"))), folder.Combine("clip.mp4"), GeneratedMedia.Tools));
    }

    [Fact]
    public async Task StartAsync_TrimBeyondTheTrack_ThrowsRenderInputException()
    {
        using var folder = new TempFolder();
        var track = folder.Combine("short.wav");
        await GeneratedMedia.MakeAudioAsync(Tone + ":d=2", track);

        var error = await Assert.ThrowsAsync<RenderInputException>(() =>
            FfmpegEncoder.StartAsync(new EncodeSettings(Width, Height, 30, 30, Music: MusicSpec.FromFile(track) with { TrimStartSeconds = 3 }), folder.Combine("clip.mp4"), GeneratedMedia.Tools));

        Assert.Contains("earlier start", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisposeAsync_WithBedAndWithoutComplete_LeavesNothing()
    {
        using var folder = new TempFolder();
        var encoder = await FfmpegEncoder.StartAsync(new EncodeSettings(Width, Height, 30, 60, Music: MusicSpec.FromBed(MusicBed.Cute)), folder.Combine("clip.mp4"), GeneratedMedia.Tools);
        await FfmpegEncoderTests.WriteFramesAsync(encoder, 20);

        await encoder.DisposeAsync();

        Assert.Empty(FfmpegEncoderTests.FilesIn(folder));
    }

    private static async Task<MediaProbe> EncodeAsync(string output, int frames, MusicSpec music)
    {
        await using var encoder = await FfmpegEncoder.StartAsync(new EncodeSettings(Width, Height, 30, frames, Music: music), output, GeneratedMedia.Tools);
        await FfmpegEncoderTests.WriteFramesAsync(encoder, frames);
        return await encoder.CompleteAsync();
    }
}
