using JanitorVideo.Render.Compose;
using JanitorVideo.Render.Framing;
using JanitorVideo.Render.Imaging;
using JanitorVideo.Render.Motion;
using SkiaSharp;

namespace JanitorVideo.Render.Pipeline;

/// <summary>
/// What every frame of one clip is drawn from: the stage (backdrop and background, opaque), the
/// subject cut-out and where it sits, or for animated images the source frames drawn over the
/// backdrop. Frames only sample these; nothing here changes while frames are drawn.
/// </summary>
public sealed class SceneAssets : IDisposable
{
    public required StageLayout Layout { get; init; }

    public required SKBitmap Stage { get; init; }

    /// <summary>The subject, premultiplied by its mask, at stage resolution; null when the image has no separable subject.</summary>
    public SKBitmap? Subject { get; init; }

    /// <summary>Per row of <see cref="Subject"/>, its longest fully opaque run: the stage need not be drawn under it. Null without a subject.</summary>
    public OpaqueSpans? SubjectOpaque { get; init; }

    /// <summary>Where <see cref="Subject"/> (or, for animated images, each source frame) sits on the stage.</summary>
    public NormalizedRect SubjectRect { get; init; }

    /// <summary>The decoded source, for animated images whose frames are drawn per clip frame.</summary>
    public SourceImage? Animated { get; init; }

    public required MotionSettings Motion { get; init; }

    /// <summary>Per stage row, the background's depth relative to the mean (from the depth proxy); null for a flat stage.</summary>
    public float[]? RowDepth { get; init; }

    /// <summary>What holds the pixels above: the <see cref="SceneStill"/> itself, or a render's hold on a shared one.</summary>
    internal IDisposable? Owner { get; init; }

    /// <summary>Lets go of the pixels: frees them, or lets the cache free them once no render draws from them.</summary>
    public void Dispose() => Owner?.Dispose();
}
