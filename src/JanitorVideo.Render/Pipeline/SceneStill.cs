using JanitorVideo.Render.Compose;
using JanitorVideo.Render.Framing;
using JanitorVideo.Render.Imaging;
using JanitorVideo.Render.Planning;
using SkiaSharp;

namespace JanitorVideo.Render.Pipeline;

/// <summary>
/// The part of a scene that takes time to prepare and depends only on the image, the frame size and
/// the seed (see <see cref="SceneBuilder.Prepare"/>): the stage, the subject cut-out and where it
/// sits, the background's depth, and for animated images the decoded source. Read-only once made,
/// so several renders may draw from one (see <see cref="SceneCache"/>).
/// </summary>
public sealed class SceneStill : IDisposable
{
    public required StageLayout Layout { get; init; }

    /// <summary>
    /// The backdrop and background the camera moves over, covering the layout's stage. A stage that
    /// is only a painted backdrop is kept at <see cref="SceneBuilder.PaintedStageScale"/> of the
    /// layout's size; one holding the picture's own background at the layout's size.
    /// </summary>
    public required SKBitmap Stage { get; init; }

    /// <summary>The subject, premultiplied by its mask, at stage resolution; null when the image has no separable subject.</summary>
    public SKBitmap? Subject { get; init; }

    /// <summary>Per row of <see cref="Subject"/>, its longest fully opaque run and its visible extent. Null without a subject.</summary>
    public CutOutSpans? SubjectSpans { get; init; }

    /// <summary>Where <see cref="Subject"/> (or, for animated images, each source frame) sits on the stage.</summary>
    public NormalizedRect SubjectRect { get; init; }

    /// <summary>The decoded source of an animated image, owned by this still; null for a still image.</summary>
    public SourceImage? Animated { get; init; }

    /// <summary>Per stage row, the background's depth relative to the mean; null for a flat stage.</summary>
    public float[]? RowDepth { get; init; }

    /// <summary>True when a subject was told apart from its background.</summary>
    public bool Separable { get; init; }

    /// <summary>True for a character on a transparent background.</summary>
    public bool TransparentCharacter { get; init; }

    /// <summary>The source image's width over its height.</summary>
    public double SourceAspect { get; init; }

    /// <summary>The picture as pixel art, drawn by <see cref="PixelArtFrame"/> instead of the cut-out; null on the smooth path.</summary>
    public PixelArtLayer? PixelArt { get; init; }

    /// <summary>The bytes of pixels this still holds (stage, cut-out, an animation's frames).</summary>
    public long Bytes => Stage.ByteCount + (Subject?.ByteCount ?? 0) + (Animated?.Frames.Sum(frame => (long)frame.Bitmap.ByteCount) ?? 0) + (PixelArt?.Bytes ?? 0);

    /// <summary>A scene for <paramref name="plan"/> drawn from this still; disposing it disposes <paramref name="owner"/>.</summary>
    internal SceneAssets For(AnimationPlan plan, IDisposable owner) => new()
    {
        Still = this,
        Motion = SceneBuilder.MotionFor(plan, this),
        Owner = owner,
    };

    public void Dispose()
    {
        Stage.Dispose();
        Subject?.Dispose();
        Animated?.Dispose();
    }
}
