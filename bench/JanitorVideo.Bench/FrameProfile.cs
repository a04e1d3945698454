using System.Diagnostics;
using System.Security.Cryptography;
using JanitorVideo.Render.Compose;
using JanitorVideo.Render.Effects;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Motion;
using SkiaSharp;
using JanitorVideo.Render.Imaging;
using JanitorVideo.Render.Pipeline;
using JanitorVideo.Render.Planning;

namespace JanitorVideo.Bench;

/// <summary>
/// Where a frame's time goes: composing and finishing, measured without the encoder, on one thread,
/// as that thread's CPU time; and a digest of the frames, which a change meant to be exact must keep.
/// </summary>
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
        PrepareSteps(source, plan.Format.Width, plan.Format.Height);
        var prepare = Stopwatch.StartNew();
        using var scene = new ClipRenderer(new FfmpegTools("ffmpeg", "ffprobe")).Prepare(source, plan);
        prepare.Stop();
        using var worker = new FrameWorker(scene);
        var yuv = new byte[scene.Width * scene.Height * 3 / 2];
        for (var i = 0; i < 10; i++)
        {
            worker.Draw(i, yuv);
        }
        Previews(scene, worker, plan.FrameCount);
        var compose = new CpuWatch();
        var finish = new CpuWatch();
        // The frames' digest: a speed change that claims to leave the frames alone must leave it alone.
        using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (var i = 0; i < frames; i++)
        {
            var index = (int)((long)i * plan.FrameCount / frames);
            compose.Start();
            worker.Compose(index);
            compose.Stop();
            finish.Start();
            worker.Finish(index, yuv);
            finish.Stop();
            digest.AppendData(yuv);
        }
        Layers(scene, frames);
        Console.WriteLine($"{Path.GetFileName(image)} {scene.Width}x{scene.Height} motion {scene.Assets.Motion.Preset.Name}: prepare {prepare.Elapsed.TotalMilliseconds:F0} ms; " +
                          $"compose {compose.Milliseconds / frames:F2} ms/frame, finish {finish.Milliseconds / frames:F2} ms/frame, " +
                          $"total {(compose.Milliseconds + finish.Milliseconds) / frames:F2} ms/frame (CPU of one thread); frames digest {Convert.ToHexString(digest.GetHashAndReset())[..16]}");
    }

    // The same steps as FrameWorker.Compose, timed one by one.
    private static void Layers(FrameScene scene, int frames)
    {
        var assets = scene.Assets;
        var layout = assets.Still.Layout;
        using var frame = new SKBitmap(new SKImageInfo(scene.Width, scene.Height, SKColorType.Bgra8888, SKAlphaType.Premul));
        using var surface = SKSurface.Create(frame.Info, frame.GetPixels(), frame.RowBytes);
        var scratch = new uint[4096];
        var target = Pixels.Of(frame);
        var times = new CpuWatch[4];
        for (var t = 0; t < times.Length; t++)
        {
            times[t] = new CpuWatch();
        }
        for (var i = 0; i < frames; i++)
        {
            var seconds = i / (double)scene.Fps;
            var pose = MotionPath.At(assets.Motion, seconds, scene.DurationSeconds);
            var stageMap = new StageMap(pose, scene.Width, scene.Height, assets.Still.Stage.Width, assets.Still.Stage.Height, assets.Still.RowDepth);
            var subjectMap = assets.Still.Subject is { } cut
                ? new SubjectMap(pose, scene.Width, scene.Height, layout.StageWidth, layout.StageHeight, assets.Still.SubjectRect, cut.Width, cut.Height, layout.Subject)
                : default;
            times[0].Start();
            if (assets.Still.SubjectSpans is { } spans)
            {
                RowSampler.DrawOpaque(Pixels.Of(assets.Still.Stage), target, stageMap, scratch, new CutOutCover<SubjectMap>(subjectMap, spans));
            }
            else
            {
                RowSampler.DrawOpaque(Pixels.Of(assets.Still.Stage), target, stageMap, scratch);
            }
            times[0].Stop();
            times[1].Start();
            foreach (var particles in scene.Particles)
            {
                particles.Draw(surface.Canvas, target, seconds, ParticleLayer.Behind);
                particles.Draw(surface.Canvas, target, seconds, ParticleLayer.Front);
            }
            surface.Canvas.Flush();
            times[1].Stop();
            times[2].Start();
            if (assets.Still.Subject is { } subject)
            {
                RowSampler.DrawOver(Pixels.Of(subject), target, subjectMap, scratch, assets.Still.SubjectSpans);
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
        Console.WriteLine($"  stage {times[0].Milliseconds / frames:F2} ms, particles {times[1].Milliseconds / frames:F2} ms, " +
                          $"subject {times[2].Milliseconds / frames:F2} ms ({assets.Still.Subject?.Width}x{assets.Still.Subject?.Height}), text {times[3].Milliseconds / frames:F2} ms");
    }

    // The one-off steps of a render, one at a time, as CPU time of the whole process (some steps run
    // in parallel inside); the second pass is warm, as in a render where the JIT has done its work.
    private static void PrepareSteps(SourceImage source, int width, int height)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            var steps = new List<(string Step, double Ms)>();
            var clock = ProcessCpu();
            void Lap(string step)
            {
                var now = ProcessCpu();
                steps.Add((step, now - clock));
                clock = now;
            }
            var mask = SubjectEstimators.For(source).Estimate(source.Frames[0].Bitmap);
            Lap("mask");
            using (BackgroundPlate.FillBehindSubject(source.Frames[0].Bitmap, mask))
            {
                Lap("plate");
            }
            DepthProxy.Build(mask);
            Lap("depth");
            var fonts = JanitorVideo.Render.Text.FontCatalog.Load();
            Lap("fonts");
            using (JanitorVideo.Render.Text.TextRenderer.Render(new JanitorVideo.Render.Text.TextLayerSpec("The Valley", JanitorVideo.Render.Text.TextRole.Title, 0, 3), new SKSizeI(width, height), fonts))
            {
                Lap("title");
            }
            using (new ParticleSystem(new ParticleSpec(ParticleKind.Petals), new SKSizeI(width, height), 5, 1, false))
            {
                Lap("particles");
            }
            _ = new FrameFinisher(width, height, new LightSpec(Grain: 0.2f, Vignette: 0.25f), 1);
            Lap("finisher");
            using (var stage = new SKBitmap(new SKImageInfo(width * 115 / 100, height * 115 / 100, SKColorType.Bgra8888, SKAlphaType.Premul)))
            using (var canvas = new SKCanvas(stage))
            {
                JanitorVideo.Render.Framing.BackdropPainter.PaintBlurredFill(canvas, source.Frames[0].Bitmap, stage.Width, stage.Height);
            }
            Lap("backdrop");
            using (var wav = new MemoryStream())
            {
                JanitorVideo.Render.Audio.MusicBeds.WriteWav(JanitorVideo.Render.Audio.MusicBed.LoFi, 5, wav);
            }
            Lap("music bed");
            Console.WriteLine($"  one-off steps, pass {pass} (CPU ms): {string.Join(", ", steps.Select(s => $"{s.Step} {s.Ms:F0}"))}");
        }
    }

    // The previews, from real frames as the renderer makes them: pictures of the yuv frames, the poster, the sheet.
    private static void Previews(FrameScene scene, FrameWorker worker, int frameCount)
    {
        var folder = Directory.CreateTempSubdirectory("janitor-bench-");
        try
        {
            var yuv = new byte[scene.Width * scene.Height * 3 / 2];
            var yuvFrames = JanitorVideo.Render.Preview.PreviewWriter.SheetMoments.Select(moment =>
            {
                worker.Draw((int)(moment * frameCount), yuv);
                return yuv.ToArray();
            }).ToList();
            for (var pass = 0; pass < 2; pass++)
            {
                var clock = ProcessCpu();
                var sheet = yuvFrames.Select(frame => JanitorVideo.Render.Preview.YuvPicture.ToBitmap(frame, scene.Width, scene.Height, 480 * scene.Width / scene.Height, 480)).ToList();
                using var poster = JanitorVideo.Render.Preview.YuvPicture.ToBitmap(yuvFrames[1], scene.Width, scene.Height, scene.Width, scene.Height);
                var pictures = ProcessCpu() - clock;
                clock = ProcessCpu();
                JanitorVideo.Render.Preview.PreviewWriter.WritePoster(poster, Path.Combine(folder.FullName, "poster.jpg"));
                var posterMs = ProcessCpu() - clock;
                clock = ProcessCpu();
                JanitorVideo.Render.Preview.PreviewWriter.WriteContactSheet(sheet, Path.Combine(folder.FullName, "sheet.png"));
                var sheetMs = ProcessCpu() - clock;
                sheet.ForEach(frame => frame.Dispose());
                Console.WriteLine($"  previews, pass {pass} (CPU ms): pictures {pictures:F0}, poster {posterMs:F0}, sheet {sheetMs:F0} ({new FileInfo(Path.Combine(folder.FullName, "sheet.png")).Length / 1024} KB)");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static double ProcessCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalMilliseconds;
    }
}
