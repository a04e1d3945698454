using System.Security.Cryptography;
using JanitorVideo.Render.Effects;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Framing;
using JanitorVideo.Render.Imaging;
using JanitorVideo.Render.Pipeline;
using JanitorVideo.Render.Planning;
using JanitorVideo.TestSupport;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Pipeline;

/// <summary>What a viewer sees frame by frame: motion that never freezes or jumps, a subject that survives, loops that close, repeatable output.</summary>
public sealed unsafe class FrameTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Character() => TestArt.Save(TestArt.Character(), folder.Combine("hero.png"), SKEncodedImageFormat.Png);

    private string Scene() => TestArt.Save(TestArt.Scene(), folder.Combine("scene.png"), SKEncodedImageFormat.Png);

    private static AnimationPlan Plan(string image, string motion, bool loop = false) => new()
    {
        ImagePath = image,
        Format = OutputFormat.Square720,
        Fps = 24,
        DurationSeconds = 2,
        Motion = motion,
        Loop = loop,
    };

    /// <summary>Composed frames (before light), as grey levels, for the given plan.</summary>
    private static List<byte[]> Frames(AnimationPlan plan, out SceneAssets assets)
    {
        using var source = ImageDecoder.Decode(plan.ImagePath);
        var scene = new ClipRenderer(new FfmpegTools("ffmpeg", "ffprobe")).Prepare(source, plan);
        assets = scene.Assets;
        using var worker = new FrameWorker(scene);
        var frames = new List<byte[]>();
        for (var i = 0; i < plan.FrameCount; i++)
        {
            frames.Add(Grey(worker.Compose(i)));
        }
        return frames;
    }

    private static byte[] Grey(SKBitmap bitmap)
    {
        var grey = new byte[bitmap.Width * bitmap.Height];
        var pixels = (uint*)bitmap.GetPixels();
        for (var i = 0; i < grey.Length; i++)
        {
            var p = pixels[i];
            grey[i] = (byte)(((p >> 16 & 0xFF) * 54 + (p >> 8 & 0xFF) * 183 + (p & 0xFF) * 19) >> 8);
        }
        return grey;
    }

    private static double MeanDifference(byte[] a, byte[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Average();

    [Theory]
    [InlineData("push-in")]
    [InlineData("pan-right")]
    [InlineData("parallax-dolly")]
    [InlineData("parallax-orbit")]
    [InlineData("idle")]
    [InlineData("handheld")]
    public void MovingPreset_NoFrozenFramesAndNoJumps(string motion)
    {
        var frames = Frames(Plan(Scene(), motion), out _);
        var steps = frames.Zip(frames.Skip(1), MeanDifference).ToArray();

        Assert.All(steps, step => Assert.True(step > 0, "two consecutive frames are identical"));
        var median = steps.Order().ElementAt(steps.Length / 2);
        // Eased motion speeds up and slows down gradually; a jump would be a step far above its neighbours.
        for (var i = 1; i < steps.Length - 1; i++)
        {
            Assert.True(steps[i] <= 2.5 * Math.Max(steps[i - 1], steps[i + 1]) + 0.05, $"jump at frame {i}: {steps[i]:F3} vs {steps[i - 1]:F3}/{steps[i + 1]:F3}");
        }
        Assert.True(median > 0.01);
    }

    [Fact]
    public void Loop_LastFrameFlowsIntoTheFirst()
    {
        var frames = Frames(Plan(Scene(), "parallax-orbit", loop: true), out _);
        var steps = frames.Zip(frames.Skip(1), MeanDifference).ToArray();

        var wrap = MeanDifference(frames[^1], frames[0]);

        Assert.True(wrap <= steps.Max() * 1.1, $"the loop jumps: {wrap:F3} vs largest step {steps.Max():F3}");
    }

    [Fact]
    public void SameInputAndSeed_SameFrames()
    {
        var plan = Plan(Character(), "auto") with { Particles = [new ParticleSpec(ParticleKind.Snow)], Light = new LightSpec(Grain: 0.5f) };

        string Hash()
        {
            using var source = ImageDecoder.Decode(plan.ImagePath);
            using var scene = new ClipRenderer(new FfmpegTools("ffmpeg", "ffprobe")).Prepare(source, plan);
            using var worker = new FrameWorker(scene);
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var yuv = new byte[720 * 720 * 3 / 2];
            for (var i = 0; i < plan.FrameCount; i += 5)
            {
                worker.Draw(i, yuv);
                sha.AppendData(yuv);
            }
            return Convert.ToHexString(sha.GetHashAndReset());
        }

        Assert.Equal(Hash(), Hash());
    }

    [Fact]
    public void RestingFrame_SubjectMatchesTheSource()
    {
        // At t = 0 a push-in rests: zoom 1, no offset, no breath. The character must look as drawn.
        var plan = Plan(Character(), "push-in") with { Strength = 1 };
        var frames = Frames(plan, out var assets);
        using var source = ImageDecoder.Decode(plan.ImagePath);

        // The reference: the stage, then the character drawn by Skia with high quality where the layout puts it.
        var layout = assets.Still.Layout;
        using var reference = new SKBitmap(new SKImageInfo(layout.StageWidth, layout.StageHeight, SKColorType.Bgra8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(reference))
        using (var stage = SKImage.FromBitmap(assets.Still.Stage))
        using (var image = SKImage.FromBitmap(source.Frames[0].Bitmap))
        {
            // A painted stage is kept at a lower resolution than the layout's: drawn at the layout's size.
            canvas.DrawImage(stage, SKRect.Create(reference.Width, reference.Height), new SKSamplingOptions(SKFilterMode.Linear), null);
            var r = assets.Still.Layout.ImageRect;
            canvas.DrawImage(image, SKRect.Create((float)(r.Left * reference.Width), (float)(r.Top * reference.Height), (float)(r.Width * reference.Width), (float)(r.Height * reference.Height)),
                new SKSamplingOptions(SKCubicResampler.Mitchell), null);
        }
        using var referenceFrame = reference.Resize(new SKImageInfo(720, 720, SKColorType.Bgra8888, SKAlphaType.Premul), new SKSamplingOptions(SKCubicResampler.Mitchell));
        var expected = Grey(referenceFrame);
        var actual = frames[0];

        // Compare inside the subject's box: PSNR of 30 dB is where differences stop being visible in 8-bit images.
        var s = assets.Still.Layout.Subject;
        double squared = 0;
        var count = 0;
        for (var y = (int)(s.Top * 720); y < (int)(s.Bottom * 720); y++)
        {
            for (var x = (int)(s.Left * 720); x < (int)(s.Right * 720); x++)
            {
                var d = expected[y * 720 + x] - actual[y * 720 + x];
                squared += d * d;
                count++;
            }
        }
        var psnr = 10 * Math.Log10(255.0 * 255 / Math.Max(squared / count, 1e-9));
        Assert.True(psnr > 30, $"PSNR {psnr:F1} dB");
    }

    [Fact]
    public void SubjectEdges_NoDarkFringe()
    {
        // Premultiplied compositing done wrong leaves a dark halo: edge pixels darker than both sides.
        var plan = Plan(Character(), "idle");
        var frames = Frames(plan, out var assets);
        var frame = frames[plan.FrameCount / 2];
        var stageGrey = Grey(assets.Still.Stage);
        var darkestStage = stageGrey.Min();
        // The character's darkest colour (its red body) in grey levels.
        const int body = (0xD0 * 54 + 0x30 * 183 + 0x30 * 19) >> 8;
        var floor = Math.Min((int)darkestStage, body) - 6;
        var s = assets.Still.Layout.Subject;
        for (var y = (int)(s.Top * 720); y < (int)(s.Bottom * 720); y++)
        {
            for (var x = (int)(s.Left * 720); x < (int)(s.Right * 720); x++)
            {
                Assert.True(frame[y * 720 + x] >= floor, $"dark fringe at {x},{y}: {frame[y * 720 + x]} < {floor}");
            }
        }
    }
}
