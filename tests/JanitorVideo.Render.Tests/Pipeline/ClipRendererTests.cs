using System.Security.Cryptography;
using JanitorVideo.Render.Audio;
using JanitorVideo.Render.Effects;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Framing;
using JanitorVideo.Render.Pipeline;
using JanitorVideo.Render.Planning;
using JanitorVideo.Render.Text;
using JanitorVideo.TestSupport;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Pipeline;

/// <summary>The whole engine with real FFmpeg and ffprobe: image in, verified MP4 out.</summary>
public sealed class ClipRendererTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly ClipRenderer renderer = new(FfmpegTools.Locate());

    public void Dispose() => folder.Dispose();

    private AnimationPlan Plan(string image) => new()
    {
        ImagePath = image,
        Format = OutputFormat.Square720,
        Fps = 24,
        DurationSeconds = 1,
        Quality = EncodeQuality.Draft,
    };

    public static TheoryData<string> Formats => new() { "png", "jpg", "webp", "gif-still", "gif-animated", "webp-animated" };

    private string Input(string kind)
    {
        switch (kind)
        {
            case "png":
                return TestArt.Save(TestArt.Character(), folder.Combine("hero.png"), SKEncodedImageFormat.Png);
            case "jpg":
                return TestArt.Save(TestArt.Scene(), folder.Combine("scene.jpg"), SKEncodedImageFormat.Jpeg);
            case "webp":
                return TestArt.Save(TestArt.Scene(), folder.Combine("scene.webp"), SKEncodedImageFormat.Webp);
            case "gif-still":
                var png = TestArt.Save(TestArt.Scene(), folder.Combine("still.png"), SKEncodedImageFormat.Png);
                TestArt.Ffmpeg("-i", png, folder.Combine("still.gif"));
                return folder.Combine("still.gif");
            case "gif-animated":
                TestArt.Ffmpeg("-f", "lavfi", "-i", "testsrc=size=160x120:rate=10", "-t", "1", folder.Combine("moving.gif"));
                return folder.Combine("moving.gif");
            default:
                TestArt.Ffmpeg("-f", "lavfi", "-i", "testsrc=size=160x120:rate=10", "-t", "1", "-c:v", "libwebp_anim", "-loop", "0", folder.Combine("moving.webp"));
                return folder.Combine("moving.webp");
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Render_EveryAcceptedFormat_GivesAVerifiedMp4(string kind)
    {
        var output = folder.Combine($"{kind}.mp4");

        var clip = await renderer.RenderAsync(Plan(Input(kind)), output);

        Assert.Equal("h264", clip.Probe.VideoCodec);
        Assert.Equal("yuv420p", clip.Probe.PixelFormat);
        Assert.Equal((720, 720), (clip.Probe.Width, clip.Probe.Height));
        Assert.Equal(24, clip.Probe.FrameCount);
        Assert.Equal(24, clip.Probe.Fps, 1);
        Assert.Equal(1.0, clip.Probe.DurationSeconds, 1);
        Assert.False(clip.Probe.HasAudio);
        Assert.True(File.Exists(output));
        Assert.True(new FileInfo(clip.ContactSheetPath).Length is > 0 and < 200_000);
        Assert.True(new FileInfo(clip.PosterPath).Length > 0);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp*"));
    }

    [Fact]
    public async Task Render_WithMusicTitleAndParticles_HasAnAudioStreamOfTheClipsLength()
    {
        var plan = Plan(Input("png")) with
        {
            DurationSeconds = 2,
            Music = new MusicSpec(null, MusicBed.LoFi),
            Particles = [new ParticleSpec(ParticleKind.Petals)],
            Texts = [new TextLayerSpec("The Druid 德鲁伊", TextRole.Title, 0, 2, TextPlacement.Top)],
        };

        var clip = await renderer.RenderAsync(plan, folder.Combine("full.mp4"));

        Assert.True(clip.Probe.HasAudio);
        Assert.Equal("aac", clip.Probe.AudioCodec);
        Assert.Equal(2.0, clip.Probe.DurationSeconds, 1);
    }

    [Fact]
    public async Task Render_AnyClip_SaysWhereItsTimeWentPhaseByPhase()
    {
        var clip = await renderer.RenderAsync(Plan(Input("png")), folder.Combine("phases.mp4"));

        var phases = clip.Phases;
        TimeSpan[] each = [phases.Decode, phases.Prepare, phases.EncoderStart, phases.Frames, phases.Flush, phases.Verify, phases.Previews];
        Assert.All(each, phase => Assert.True(phase >= TimeSpan.Zero, $"a phase took {phase}"));
        Assert.True(phases.Frames > TimeSpan.Zero && phases.Verify > TimeSpan.Zero, "drawing the frames and checking the file take time");
        Assert.True(phases.Total <= clip.Elapsed, $"the phases ({phases.Total}) fit in the render ({clip.Elapsed})");
    }

    [Fact]
    public async Task Render_PortraitDefault_Is1080x1920()
    {
        var plan = Plan(Input("png")) with { Format = OutputFormat.Portrait1080, Fps = 12 };
        var clip = await renderer.RenderAsync(plan, folder.Combine("portrait.mp4"));
        Assert.Equal((1080, 1920), (clip.Probe.Width, clip.Probe.Height));
    }

    [Theory]
    [InlineData("not an image at all", "hero.png")]
    [InlineData("", "empty.png")]
    public async Task Render_BadImage_ClearErrorAndNothingLeftBehind(string content, string name)
    {
        var image = folder.Combine(name);
        await File.WriteAllTextAsync(image, content);
        var output = folder.Combine("bad.mp4");

        var error = await Assert.ThrowsAsync<RenderInputException>(() => renderer.RenderAsync(Plan(image), output));

        Assert.Contains("JPG", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.mp4*"));
    }

    [Fact]
    public async Task Render_TruncatedPng_ClearErrorAndNothingLeftBehind()
    {
        var png = await File.ReadAllBytesAsync(TestArt.Save(TestArt.Scene(), folder.Combine("full.png"), SKEncodedImageFormat.Png));
        var truncated = folder.Combine("truncated.png");
        await File.WriteAllBytesAsync(truncated, png[..(png.Length / 3)]);

        await Assert.ThrowsAsync<RenderInputException>(() => renderer.RenderAsync(Plan(truncated), folder.Combine("t.mp4")));

        Assert.Empty(Directory.GetFiles(folder.Path, "*.mp4*"));
    }

    [Fact]
    public async Task Render_UnreadableFont_ClearErrorNamingItAndNothingLeftBehind()
    {
        var badFont = folder.Combine("broken.ttf");
        await File.WriteAllBytesAsync(badFont, RandomNumberGenerator.GetBytes(2048));
        var withBadFont = new ClipRenderer(FfmpegTools.Locate(), () => FontCatalog.FromFiles([badFont]));
        var plan = Plan(Input("png")) with { Texts = [new TextLayerSpec("Hello", TextRole.Title, 0, 1)] };

        var error = await Assert.ThrowsAsync<RenderInputException>(() => withBadFont.RenderAsync(plan, folder.Combine("font.mp4")));

        Assert.Contains("broken.ttf", error.Message);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.mp4*"));
    }

    [Fact]
    public async Task Render_MissingFfmpeg_ClearErrorAndNothingLeftBehind()
    {
        var noFfmpeg = new ClipRenderer(new FfmpegTools(folder.Combine("no-ffmpeg"), folder.Combine("no-ffprobe")));

        var error = await Assert.ThrowsAsync<RenderInputException>(() => noFfmpeg.RenderAsync(Plan(Input("png")), folder.Combine("x.mp4")));

        Assert.Contains("FFmpeg", error.Message);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.mp4*"));
    }

    [Fact]
    public async Task Render_Cancelled_KillsTheEncoderAndLeavesNothing()
    {
        using var cancel = new CancellationTokenSource();
        var plan = Plan(Input("png")) with { DurationSeconds = 20 };
        var progress = new Progress<RenderProgress>(p =>
        {
            if (p.FramesDone > 5)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => renderer.RenderAsync(plan, folder.Combine("cancelled.mp4"), progress, cancel.Token));

        Assert.Empty(Directory.GetFiles(folder.Path, "*.mp4*"));
    }

    [Fact]
    public void Plan_Loop_HasNoFadesSoTheJoinDoesNotBlink()
    {
        var plan = Plan("x.png") with { Loop = true, Light = new LightSpec(FadeInSeconds: 0.5, FadeOutSeconds: 0.5) };

        var start = LightTimeline.At(plan.EffectiveLight, 0, plan.DurationSeconds, loop: true);
        var end = LightTimeline.At(plan.EffectiveLight, plan.DurationSeconds, plan.DurationSeconds, loop: true);

        Assert.Equal(start.Gain, end.Gain, 3);
        Assert.True(start.Gain > 0.9f);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(61)]
    public void Plan_DurationOutOfRange_SaysTheRange(double seconds)
    {
        var error = Assert.Throws<RenderInputException>(() => (Plan("x.png") with { DurationSeconds = seconds }).Validate());
        Assert.Contains("1–60 seconds", error.Message);
    }
}
