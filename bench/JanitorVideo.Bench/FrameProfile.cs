using System.Diagnostics;
using JanitorVideo.Render.Compose;
using JanitorVideo.Render.Effects;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Motion;
using SkiaSharp;
using JanitorVideo.Render.Imaging;
using JanitorVideo.Render.Pipeline;
using JanitorVideo.Render.Planning;

namespace JanitorVideo.Bench;

/// <summary>Where a frame's time goes: composing and finishing, measured without the encoder, on one thread.</summary>
internal static class FrameProfile
{
    public static void Run(string image, string prompt, int frames)
    {
        var plan = PromptPlanner.Apply(new AnimationPlan { ImagePath = image }, prompt);
        for (var pass = 0; pass < 3; pass++)
        {
            var decode = Stopwatch.StartNew();
            ImageDecoder.Decode(image).Dispose();
            Console.WriteLine($"  decode pass {pass}: {decode.Elapsed.TotalMilliseconds:F0} ms");
        }
        using var source = ImageDecoder.Decode(image);
        PrepareSteps(source);
        var prepare = Stopwatch.StartNew();
        using var scene = new ClipRenderer(new FfmpegTools("ffmpeg", "ffprobe")).Prepare(source, plan);
        prepare.Stop();
        using var worker = new FrameWorker(scene);
        var yuv = new byte[scene.Width * scene.Height * 3 / 2];
        for (var i = 0; i < 10; i++)
        {
            worker.Draw(i, yuv);
        }
        var compose = new Stopwatch();
        var finish = new Stopwatch();
        for (var i = 0; i < frames; i++)
        {
            compose.Start();
            worker.Compose(i % plan.FrameCount);
            compose.Stop();
            finish.Start();
            worker.Finish(i % plan.FrameCount, yuv);
            finish.Stop();
        }
        Layers(scene, frames);
        Console.WriteLine($"{Path.GetFileName(image)} {scene.Width}x{scene.Height} motion {scene.Assets.Motion.Preset.Name}: prepare {prepare.Elapsed.TotalMilliseconds:F0} ms; " +
                          $"compose {compose.Elapsed.TotalMilliseconds / frames:F2} ms/frame, finish {finish.Elapsed.TotalMilliseconds / frames:F2} ms/frame (one thread)");
    }

    // The same steps as FrameWorker.Compose, timed one by one.
    private static void Layers(FrameScene scene, int frames)
    {
        var assets = scene.Assets;
        var layout = assets.Layout;
        using var frame = new SKBitmap(new SKImageInfo(scene.Width, scene.Height, SKColorType.Bgra8888, SKAlphaType.Premul));
        using var surface = SKSurface.Create(frame.Info, frame.GetPixels(), frame.RowBytes);
        var scratch = new uint[4096];
        var target = Pixels.Of(frame);
        var times = new Stopwatch[4];
        for (var t = 0; t < times.Length; t++)
        {
            times[t] = new Stopwatch();
        }
        for (var i = 0; i < frames; i++)
        {
            var seconds = i / (double)scene.Fps;
            var pose = MotionPath.At(assets.Motion, seconds, scene.DurationSeconds);
            times[0].Start();
            RowSampler.DrawOpaque(Pixels.Of(assets.Stage), target, new StageMap(pose, scene.Width, scene.Height, layout.StageWidth, layout.StageHeight), scratch);
            times[0].Stop();
            times[1].Start();
            foreach (var particles in scene.Particles)
            {
                particles.Draw(surface.Canvas, seconds, ParticleLayer.Behind);
                particles.Draw(surface.Canvas, seconds, ParticleLayer.Front);
            }
            surface.Canvas.Flush();
            times[1].Stop();
            times[2].Start();
            if (assets.Subject is { } subject)
            {
                RowSampler.DrawOver(Pixels.Of(subject), target,
                    new SubjectMap(pose, scene.Width, scene.Height, layout.StageWidth, layout.StageHeight, assets.SubjectRect, subject.Width, subject.Height, layout.Subject), scratch);
            }
            times[2].Stop();
            times[3].Start();
            foreach (var (spec, sprite) in scene.Texts)
            {
                sprite.Draw(surface.Canvas, JanitorVideo.Render.Text.TextAnimation.At(spec, seconds));
            }
            surface.Canvas.Flush();
            times[3].Stop();
        }
        Console.WriteLine($"  stage {times[0].Elapsed.TotalMilliseconds / frames:F2} ms, particles {times[1].Elapsed.TotalMilliseconds / frames:F2} ms, " +
                          $"subject {times[2].Elapsed.TotalMilliseconds / frames:F2} ms ({assets.Subject?.Width}x{assets.Subject?.Height}), text {times[3].Elapsed.TotalMilliseconds / frames:F2} ms");
    }

    private static void PrepareSteps(SourceImage source)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            var clock = Stopwatch.StartNew();
            var mask = SubjectEstimators.For(source).Estimate(source.Frames[0].Bitmap);
            var maskMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            using var plate = BackgroundPlate.FillBehindSubject(source.Frames[0].Bitmap, mask);
            var plateMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            DepthProxy.Build(mask);
            var depthMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var fonts = JanitorVideo.Render.Text.FontCatalog.Load();
            var fontMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            using var sprite = JanitorVideo.Render.Text.TextRenderer.Render(new JanitorVideo.Render.Text.TextLayerSpec("The Valley", JanitorVideo.Render.Text.TextRole.Title, 0, 3), new SKSizeI(1080, 1920), fonts);
            var textMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            using var particles = new ParticleSystem(new ParticleSpec(ParticleKind.Petals), new SKSizeI(1080, 1920), 5, 1, false);
            var particleMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            _ = new FrameFinisher(1080, 1920, new LightSpec(Grain: 0.2f, Vignette: 0.25f), 1);
            var finisherMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            using var stage = new SKBitmap(new SKImageInfo(1242, 2208, SKColorType.Bgra8888, SKAlphaType.Premul));
            using (var canvas = new SKCanvas(stage))
            {
                JanitorVideo.Render.Framing.BackdropPainter.PaintBlurredFill(canvas, source.Frames[0].Bitmap, 1242, 2208);
            }
            Console.WriteLine($"  prepare pass {pass}: mask {maskMs:F0} ms, plate {plateMs:F0} ms, depth {depthMs:F0} ms, fonts {fontMs:F0} ms, title {textMs:F0} ms, " +
                              $"particles {particleMs:F0} ms, finisher {finisherMs:F0} ms, backdrop {clock.Elapsed.TotalMilliseconds:F0} ms");
        }
    }
}
