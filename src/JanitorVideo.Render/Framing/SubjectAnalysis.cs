using JanitorVideo.Render.Imaging;

namespace JanitorVideo.Render.Framing;

/// <summary>
/// What a picture's subject is, for the framing: found once by the renderer when it prepares a
/// scene, and by the studio when a picture is uploaded (so its reply can say how it will be framed).
/// Both run this, so both come to the same choice.
/// </summary>
/// <param name="Mask">The subject's mask (of the first frame for an animated picture, whose frames are drawn whole; null when an animated picture has no transparency to find it by).</param>
/// <param name="Separable">True when a subject was told apart from its background.</param>
/// <param name="TransparentCharacter">True for a character on a transparent background.</param>
public sealed record SubjectAnalysis(SubjectMask? Mask, bool Separable, bool TransparentCharacter, SubjectShape Shape)
{
    /// <summary>The stand-in without a subject: a character-sized box in the picture's middle.</summary>
    private static readonly NormalizedRect MiddleBox = new(0.25, 0.2, 0.5, 0.7);

    public static SubjectAnalysis Of(SourceImage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var first = source.Frames[0].Bitmap;
        // An animated picture's subject is found only from its transparency (a sprite): its frames
        // move, so a saliency guess on one of them would not hold for the others.
        var mask = source.Frames.Count > 1 && !source.HasAlpha ? null : SubjectEstimators.For(source).Estimate(first);
        var separable = mask is not null && !mask.IsFallback && mask.Coverage is > 0.01f and < 0.95f;
        var shape = separable ? SubjectShape.Measure(mask!) : SubjectShape.FromBox(MiddleBox);
        return new SubjectAnalysis(mask, separable, source.HasAlpha && separable, shape);
    }

    /// <summary>What is kept of it with an upload: enough to frame it again without the picture.</summary>
    public FramingFacts Facts => new(Shape, TransparentCharacter);
}

/// <summary>A subject's shape and kind, kept with an upload; <see cref="ChoiceFor"/> says how a frame of a size would hold it.</summary>
public sealed record FramingFacts(SubjectShape Shape, bool TransparentCharacter)
{
    public FramingChoice ChoiceFor(OutputFormat format, int imageWidth, int imageHeight) =>
        StageLayout.For(format, imageWidth, imageHeight, TransparentCharacter, Shape).Choice;
}
