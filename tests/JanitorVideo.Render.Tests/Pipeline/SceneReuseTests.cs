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

/// <summary>
/// A render of an image an earlier render prepared draws from the same prepared scene, and the clip
/// is byte for byte the one a fresh engine makes; anything that changes the scene prepares it again.
/// Real FFmpeg throughout.
/// </summary>
public sealed class SceneReuseTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private AnimationPlan Plan(string image, string title = "One") => new()
    {
        ImagePath = image,
        Format = OutputFormat.Square720,
        Fps = 24,
        DurationSeconds = 1,
        Quality = EncodeQuality.Draft,
        Music = new MusicSpec(null, MusicBed.Ambient),
        Particles = [new ParticleSpec(ParticleKind.Sparkles)],
        Texts = [new TextLayerSpec(title, TextRole.Title, 0, 1, TextPlacement.Top)],
    };

    private string Character(string name = "hero.png") => TestArt.Save(TestArt.Character(), folder.Combine(name), SKEncodedImageFormat.Png);

    private static long BytesOf(string image)
    {
        using var source = JanitorVideo.Render.Imaging.ImageDecoder.Decode(image);
        using var still = SceneBuilder.Prepare(source, OutputFormat.Square720, 1);
        return still.Bytes;
    }

    private static string Digest(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private async Task<string> FreshAsync(AnimationPlan plan, string name)
    {
        var clip = await new ClipRenderer(FfmpegTools.Locate()).RenderAsync(plan, folder.Combine(name));
        return Digest(clip.Path);
    }

    [Fact]
    public async Task Render_TitleChangedOnly_ReusesTheSceneAndMakesTheSameClipAsAFreshEngine()
    {
        var image = Character();
        var renderer = new ClipRenderer(FfmpegTools.Locate());
        await renderer.RenderAsync(Plan(image, "One"), folder.Combine("one.mp4"));

        var second = await renderer.RenderAsync(Plan(image, "Two"), folder.Combine("two.mp4"));

        Assert.Equal(1, renderer.ScenesReused);
        Assert.True(second.Phases.Prepare < TimeSpan.FromSeconds(5));
        Assert.Equal(await FreshAsync(Plan(image, "Two"), "two-fresh.mp4"), Digest(second.Path));
        Assert.NotEqual(Digest(folder.Combine("one.mp4")), Digest(second.Path));
    }

    [Fact]
    public async Task Render_ImageReplacedUnderTheSameName_PreparesItAgain()
    {
        var image = Character();
        var renderer = new ClipRenderer(FfmpegTools.Locate());
        await renderer.RenderAsync(Plan(image), folder.Combine("before.mp4"));
        TestArt.Save(TestArt.Scene(), image, SKEncodedImageFormat.Png);

        var after = await renderer.RenderAsync(Plan(image), folder.Combine("after.mp4"));

        Assert.Equal(0, renderer.ScenesReused);
        Assert.Equal(await FreshAsync(Plan(image), "after-fresh.mp4"), Digest(after.Path));
    }

    [Fact]
    public async Task Render_OtherSizeOrSeed_PreparesItsOwnScene()
    {
        var image = Character();
        var renderer = new ClipRenderer(FfmpegTools.Locate());
        await renderer.RenderAsync(Plan(image), folder.Combine("square.mp4"));

        await renderer.RenderAsync(Plan(image) with { Format = OutputFormat.Portrait720 }, folder.Combine("portrait.mp4"));
        await renderer.RenderAsync(Plan(image) with { Seed = 9 }, folder.Combine("seed.mp4"));
        await renderer.RenderAsync(Plan(image) with { Format = OutputFormat.Portrait720 }, folder.Combine("portrait-again.mp4"));

        Assert.Equal(1, renderer.ScenesReused);
        Assert.Equal(Digest(folder.Combine("portrait.mp4")), Digest(folder.Combine("portrait-again.mp4")));
    }

    [Fact]
    public async Task Render_AnimatedImageAgain_StillHasItsFramesAndMatchesAFreshEngine()
    {
        var gif = folder.Combine("moving.gif");
        TestArt.Ffmpeg("-f", "lavfi", "-i", "testsrc=size=160x120:rate=10", "-t", "1", gif);
        var renderer = new ClipRenderer(FfmpegTools.Locate());
        await renderer.RenderAsync(Plan(gif), folder.Combine("first.mp4"));

        var again = await renderer.RenderAsync(Plan(gif, "Again"), folder.Combine("again.mp4"));

        Assert.Equal(1, renderer.ScenesReused);
        Assert.Equal(await FreshAsync(Plan(gif, "Again"), "again-fresh.mp4"), Digest(again.Path));
    }

    [Fact]
    public async Task Render_TwoOfOneImageAtOnce_BothDrawFromOneSceneAndBothAreRight()
    {
        var image = Character();
        var renderer = new ClipRenderer(FfmpegTools.Locate());

        var clips = await Task.WhenAll(
            renderer.RenderAsync(Plan(image, "Left"), folder.Combine("left.mp4")),
            renderer.RenderAsync(Plan(image, "Right"), folder.Combine("right.mp4")));

        Assert.Equal(1, renderer.ScenesReused);
        Assert.Equal(await FreshAsync(Plan(image, "Left"), "left-fresh.mp4"), Digest(clips[0].Path));
        Assert.Equal(await FreshAsync(Plan(image, "Right"), "right-fresh.mp4"), Digest(clips[1].Path));
    }

    [Fact]
    public async Task Render_ImageThatFailsToDecode_KeepsNothingAndTheNextGoodOneRenders()
    {
        var image = folder.Combine("broken.png");
        await File.WriteAllBytesAsync(image, [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);
        var renderer = new ClipRenderer(FfmpegTools.Locate());

        await Assert.ThrowsAsync<RenderInputException>(() => renderer.RenderAsync(Plan(image), folder.Combine("broken.mp4")));
        Character("broken.png");
        var clip = await renderer.RenderAsync(Plan(image), folder.Combine("fixed.mp4"));

        Assert.Equal(0, renderer.ScenesReused);
        Assert.Equal(await FreshAsync(Plan(image), "fixed-fresh.mp4"), Digest(clip.Path));
    }

    [Fact]
    public void Cache_OverItsBudget_FreesTheLeastRecentlyUsedOnceNoRenderHoldsIt()
    {
        var first = Character("first.png");
        var second = TestArt.Save(TestArt.Scene(), folder.Combine("second.png"), SKEncodedImageFormat.Png);
        // Room for either scene, not both.
        var cache = new SceneCache(Math.Max(BytesOf(first), BytesOf(second)) + 1);

        var held = cache.Acquire(first, OutputFormat.Square720, 1);
        var stage = held.Still.Stage;
        using (cache.Acquire(second, OutputFormat.Square720, 1))
        {
        }

        // Pushed out but still held: its pixels are intact until the hold ends.
        Assert.NotEqual(IntPtr.Zero, stage.GetPixels());
        held.Dispose();
        Assert.Equal(IntPtr.Zero, stage.Handle);
        using (cache.Acquire(second, OutputFormat.Square720, 1))
        {
        }

        Assert.Equal(1, cache.Hits);
    }
}
