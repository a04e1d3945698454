namespace JanitorVideo.Render.Framing;

/// <summary>
/// Where the image and its subject sit on the stage (the frame at rest, at a little more than the
/// frame's resolution so zooms up to the overscan stay sharp). Pure geometry.
/// </summary>
/// <param name="ImageRect">Where the image is drawn, in stage coordinates; may overhang the stage (cropped).</param>
/// <param name="Subject">The subject's bounds on the stage.</param>
public sealed record StageLayout(int StageWidth, int StageHeight, NormalizedRect ImageRect, NormalizedRect Subject, BackdropKind Backdrop)
{
    /// <summary>Stage pixels per frame pixel: the camera's largest zoom that still samples 1:1.</summary>
    public const double Overscan = 1.15;

    /// <summary>Opaque art whose aspect differs by more than this is not simply cropped to fill.</summary>
    private const double CoverTolerance = 1.25;

    /// <summary>Never crop opaque art by more than this much beyond fitting it whole.</summary>
    private const double MaxFill = 1.55;

    // The 9:16 safe area: app UI covers the top ~12% of a short; a title sits just below that,
    // so a character's head starts lower still.
    private const double SafeTop = 0.22;

    /// <param name="subjectBounds">The subject's bounds in image pixels.</param>
    public static StageLayout For(OutputFormat format, int imageWidth, int imageHeight, bool transparentCharacter, (double Left, double Top, double Width, double Height) subjectBounds)
    {
        var stageWidth = (int)Math.Round(format.Width * Overscan / 2) * 2;
        var stageHeight = (int)Math.Round(format.Height * Overscan / 2) * 2;
        var frameAspect = (double)format.Width / format.Height;
        var imageAspect = (double)imageWidth / imageHeight;

        // Image size in stage units (stage width = 1, stage height = 1).
        double width, height;
        BackdropKind backdrop;
        if (transparentCharacter)
        {
            // Size the character by its own bounds, not by its canvas.
            var subjectShare = format.IsPortrait ? 0.68 : 0.74;
            var scale = subjectShare / (subjectBounds.Height / imageHeight);
            height = scale;
            width = scale * imageAspect / frameAspect;
            var subjectWidth = width * subjectBounds.Width / imageWidth;
            if (subjectWidth > 0.9)
            {
                var shrink = 0.9 / subjectWidth;
                (width, height) = (width * shrink, height * shrink);
            }
            backdrop = BackdropKind.Gradient;
        }
        else
        {
            var containHeight = Math.Min(1, frameAspect / imageAspect);
            var coverHeight = Math.Max(1, frameAspect / imageAspect);
            var mismatch = coverHeight / containHeight;
            height = mismatch <= CoverTolerance ? coverHeight : containHeight * Math.Min(mismatch, MaxFill);
            width = height * imageAspect / frameAspect;
            backdrop = width >= 0.999 && height >= 0.999 ? BackdropKind.None : BackdropKind.BlurredFill;
        }

        var subjectLeftInImage = subjectBounds.Left / imageWidth;
        var subjectTopInImage = subjectBounds.Top / imageHeight;
        var subjectWidthInImage = subjectBounds.Width / imageWidth;
        var subjectHeightInImage = subjectBounds.Height / imageHeight;

        // Centre the subject horizontally, as far as the image allows without showing its edge.
        var left = 0.5 - (subjectLeftInImage + subjectWidthInImage / 2) * width;
        left = width >= 1 ? Math.Clamp(left, 1 - width, 0) : (1 - width) / 2;
        double top;
        if (transparentCharacter)
        {
            // Head well inside the safe area; the rest of the character below it.
            var subjectTop = Math.Max(SafeTop, (1 - subjectHeightInImage * height) / 2);
            top = subjectTop - subjectTopInImage * height;
            left = 0.5 - (subjectLeftInImage + subjectWidthInImage / 2) * width;
        }
        else
        {
            top = height >= 1 ? Math.Clamp(0.5 - (subjectTopInImage + subjectHeightInImage / 2) * height, 1 - height, 0) : (1 - height) / 2;
        }

        var image = new NormalizedRect(left, top, width, height);
        var subject = new NormalizedRect(
            left + subjectLeftInImage * width,
            top + subjectTopInImage * height,
            subjectWidthInImage * width,
            subjectHeightInImage * height);
        return new StageLayout(stageWidth, stageHeight, image, subject, backdrop);
    }
}
