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
    private readonly FrameScene _scene;
    private readonly SKBitmap _frame;
    private readonly SKSurface _surface;
    private readonly uint[] _scratch;
    private readonly double[] _subjectRows;

    public FrameWorker(FrameScene scene)
    {
        _scene = scene;
        var info = new SKImageInfo(scene.Width, scene.Height, SKColorType.Bgra8888, SKAlphaType.Premul);
        _frame = new SKBitmap(info);
        _surface = SKSurface.Create(info, _frame.GetPixels(), _frame.RowBytes);
        _scratch = new uint[Math.Max(scene.Assets.Still.Stage.Width, scene.MaxLayerWidth) + 8];
        _subjectRows = new double[scene.Height * 3];
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
        var seconds = index / (double)_scene.Fps;
        var assets = _scene.Assets;
        var pose = MotionPath.At(assets.Motion, seconds, _scene.DurationSeconds);
        var target = Pixels.Of(_frame);
        var stage = Pixels.Of(assets.Still.Stage);
        var layout = assets.Still.Layout;

        var stageMap = new StageMap(pose, _scene.Width, _scene.Height, stage.Width, stage.Height, assets.Still.RowDepth);
        var subject = assets.Still.Subject;
        var subjectMap = subject is null ? default
            : TabulatedMap.Of(new SubjectMap(pose, _scene.Width, _scene.Height, layout.StageWidth, layout.StageHeight, assets.Still.SubjectRect, subject.Width, subject.Height, layout.Subject),
                _scene.Height, _subjectRows);
        if (subject is not null && assets.Still.SubjectSpans is { } spans)
        {
            // Where the subject is opaque it hides the stage: the stage is not drawn there.
            RowSampler.DrawOpaque(stage, target, stageMap, _scratch, new CutOutCover<TabulatedMap>(subjectMap, spans));
        }
        else
        {
            RowSampler.DrawOpaque(stage, target, stageMap, _scratch);
        }

        // Pixel art draws its animation's frames itself, crisp (below).
        if (assets.Still.Animated is { } animated && assets.Still.PixelArt is null)
        {
            var source = animated.FrameAt(TimeSpan.FromSeconds(seconds)).Bitmap;
            var still = pose with { Breath = 0, Sway = 0, Bob = 0, SubjectOffsetX = 0, SubjectOffsetY = 0, SubjectZoom = 1 };
            RowSampler.DrawOver(Pixels.Of(source), target,
                new SubjectMap(still, _scene.Width, _scene.Height, layout.StageWidth, layout.StageHeight, assets.Still.SubjectRect, source.Width, source.Height, assets.Still.SubjectRect),
                _scratch);
        }

        var canvas = _surface.Canvas;
        foreach (var particles in _scene.Particles)
        {
            particles.Draw(canvas, target, seconds, ParticleLayer.Behind);
        }

        if (subject is not null)
        {
            RowSampler.DrawOver(Pixels.Of(subject), target, subjectMap, _scratch, assets.Still.SubjectSpans);
        }
        else if (assets.Still.PixelArt is { } pixelArt)
        {
            PixelArtFrame.Draw(_scene, pixelArt, pose, seconds, target);
        }

        foreach (var particles in _scene.Particles)
        {
            particles.Draw(canvas, target, seconds, ParticleLayer.Front);
        }
        foreach (var (spec, sprite) in _scene.Texts)
        {
            sprite.Draw(canvas, TextAnimation.At(spec, seconds));
        }
        canvas.Flush();
        return _frame;
    }

    /// <summary>Applies light and colour to the composed frame and converts it to yuv420p.</summary>
    public void Finish(int index, Span<byte> yuv)
    {
        var seconds = index / (double)_scene.Fps;
        var light = LightTimeline.At(_scene.Light, seconds, _scene.DurationSeconds, _scene.Loop);
        var bytes = new ReadOnlySpan<byte>((void*)_frame.GetPixels(), _frame.RowBytes * _frame.Height);
        _scene.Finisher.Finish(bytes, yuv, light);
    }

    public void Dispose()
    {
        _surface.Dispose();
        _frame.Dispose();
    }
}
