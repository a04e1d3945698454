using JanitorVideo.Render.Compose;
using JanitorVideo.Render.Effects;
using JanitorVideo.Render.Motion;
using JanitorVideo.Render.Text;
using SkiaSharp;

namespace JanitorVideo.Render.Pipeline;

/// <summary>
/// Draws whole frames for one thread: its own frame buffer, a Skia surface over it for particles
/// and text, and scratch rows for the sampler. Reused for every frame the thread draws.
/// </summary>
internal sealed unsafe class FrameWorker : IDisposable
{
    private readonly FrameScene scene;
    private readonly SKBitmap frame;
    private readonly SKSurface surface;
    private readonly uint[] scratch;

    public FrameWorker(FrameScene scene)
    {
        this.scene = scene;
        var info = new SKImageInfo(scene.Width, scene.Height, SKColorType.Bgra8888, SKAlphaType.Premul);
        frame = new SKBitmap(info);
        surface = SKSurface.Create(info, frame.GetPixels(), frame.RowBytes);
        scratch = new uint[Math.Max(scene.Assets.Stage.Width, scene.MaxLayerWidth) + 8];
    }

    /// <summary>Draws frame <paramref name="index"/> and writes it as yuv420p into <paramref name="yuv"/>.</summary>
    public void Draw(int index, Span<byte> yuv)
    {
        Compose(index);
        Finish(index, yuv);
    }

    /// <summary>Composes frame <paramref name="index"/> (before light and colour) into this worker's frame buffer, and returns it.</summary>
    public SKBitmap Compose(int index)
    {
        var seconds = index / (double)scene.Fps;
        var assets = scene.Assets;
        var pose = MotionPath.At(assets.Motion, seconds, scene.DurationSeconds);
        var target = Pixels.Of(frame);
        var stage = Pixels.Of(assets.Stage);
        var layout = assets.Layout;

        var stageMap = new StageMap(pose, scene.Width, scene.Height, layout.StageWidth, layout.StageHeight, assets.RowDepth);
        var subject = assets.Subject;
        var subjectMap = subject is null ? default
            : new SubjectMap(pose, scene.Width, scene.Height, layout.StageWidth, layout.StageHeight, assets.SubjectRect, subject.Width, subject.Height, layout.Subject);
        if (assets.SubjectOpaque is { } opaque)
        {
            // Where the subject is opaque it hides the stage: the stage is not drawn there.
            RowSampler.DrawOpaque(stage, target, stageMap, scratch, new CutOutCover<SubjectMap>(subjectMap, opaque));
        }
        else
        {
            RowSampler.DrawOpaque(stage, target, stageMap, scratch);
        }

        if (assets.Animated is { } animated)
        {
            var source = animated.FrameAt(TimeSpan.FromSeconds(seconds)).Bitmap;
            var still = pose with { Breath = 0, Sway = 0, Bob = 0, SubjectOffsetX = 0, SubjectOffsetY = 0, SubjectZoom = 1 };
            RowSampler.DrawOver(Pixels.Of(source), target,
                new SubjectMap(still, scene.Width, scene.Height, layout.StageWidth, layout.StageHeight, assets.SubjectRect, source.Width, source.Height, assets.SubjectRect),
                scratch);
        }

        var canvas = surface.Canvas;
        foreach (var particles in scene.Particles)
        {
            particles.Draw(canvas, seconds, ParticleLayer.Behind);
        }

        if (subject is not null)
        {
            RowSampler.DrawOver(Pixels.Of(subject), target, subjectMap, scratch);
        }

        foreach (var particles in scene.Particles)
        {
            particles.Draw(canvas, seconds, ParticleLayer.Front);
        }
        foreach (var (spec, sprite) in scene.Texts)
        {
            sprite.Draw(canvas, TextAnimation.At(spec, seconds));
        }
        canvas.Flush();
        return frame;
    }

    /// <summary>Applies light and colour to the composed frame and converts it to yuv420p.</summary>
    public void Finish(int index, Span<byte> yuv)
    {
        var seconds = index / (double)scene.Fps;
        var light = LightTimeline.At(scene.Light, seconds, scene.DurationSeconds, scene.Loop);
        var bytes = new ReadOnlySpan<byte>((void*)frame.GetPixels(), frame.RowBytes * frame.Height);
        scene.Finisher.Finish(bytes, yuv, light);
    }

    public void Dispose()
    {
        surface.Dispose();
        frame.Dispose();
    }
}
