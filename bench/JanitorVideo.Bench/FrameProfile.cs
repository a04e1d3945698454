using System.Diagnostics;
using JanitorVideo.Render.Encoding;
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
        using var source = ImageDecoder.Decode(image);
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
        Console.WriteLine($"{Path.GetFileName(image)} {scene.Width}x{scene.Height} motion {scene.Assets.Motion.Preset.Name}: prepare {prepare.Elapsed.TotalMilliseconds:F0} ms; " +
                          $"compose {compose.Elapsed.TotalMilliseconds / frames:F2} ms/frame, finish {finish.Elapsed.TotalMilliseconds / frames:F2} ms/frame (one thread)");
    }
}
