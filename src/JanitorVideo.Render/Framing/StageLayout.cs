namespace JanitorVideo.Render.Framing;

/// <summary>
/// Where the image and its subject sit on the stage (the frame at rest, at a little more than the
/// frame's resolution so zooms up to the overscan stay sharp). Pure geometry, chosen from the
/// subject rather than the picture's centre: the head below the title band and inside the sides,
/// the main mass in the frame, room on the side the subject faces, a cut edge against the frame's
/// edge; when no crop keeps the subject, more of the picture is shown over a blurred fill.
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

    // How far past the frame's edge a cut edge is put, so parallax and breathing never lift it into view.
    private const double Overhang = 0.03;

    /// <summary>The subject's head on the stage: what the camera keeps inside the frame's safe area.</summary>
    public NormalizedRect Head { get; init; }

    /// <summary>The subject's main mass on the stage.</summary>
    public NormalizedRect Mass { get; init; }

    /// <summary>The subject's edges put against the frame's edges (a bust's waist at the bottom).</summary>
    public CutEdges Grounded { get; init; }

    /// <summary>The subject's cut edges that dissolve into the backdrop instead (a side the head is too close to).</summary>
    public CutEdges Faded { get; init; }

    /// <summary>What was chosen, for the one-line explanation.</summary>
    public FramingChoice Choice { get; init; } = new(FramingPosition.Centre, Facing.Front, CutEdges.None, Fitted: false, Heads: 1);

    /// <summary>Where the camera must keep the head and the grounded edges.</summary>
    public CameraLimits Limits => new(Head, Subject, Grounded, CameraLimits.HeadSafe(IsPortrait));

    private bool IsPortrait => StageHeight > StageWidth;

    /// <param name="subjectBounds">The subject's bounds in image pixels (its head taken as the top of it).</param>
    public static StageLayout For(OutputFormat format, int imageWidth, int imageHeight, bool transparentCharacter, (double Left, double Top, double Width, double Height) subjectBounds) =>
        For(format, imageWidth, imageHeight, transparentCharacter, SubjectShape.FromBox(new NormalizedRect(
            subjectBounds.Left / imageWidth, subjectBounds.Top / imageHeight, subjectBounds.Width / imageWidth, subjectBounds.Height / imageHeight)));

    public static StageLayout For(OutputFormat format, int imageWidth, int imageHeight, bool transparentCharacter, SubjectShape shape)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(shape);
        var stageWidth = (int)Math.Round(format.Width * Overscan / 2) * 2;
        var stageHeight = (int)Math.Round(format.Height * Overscan / 2) * 2;
        var frameAspect = (double)format.Width / format.Height;
        var imageAspect = (double)imageWidth / imageHeight;
        var rules = new Rules(format, shape);
        var placed = transparentCharacter
            ? rules.CutOut(imageAspect / frameAspect)
            : rules.Opaque(imageAspect / frameAspect);

        NormalizedRect OnStage(NormalizedRect r) => new(
            placed.Image.Left + r.Left * placed.Image.Width, placed.Image.Top + r.Top * placed.Image.Height,
            r.Width * placed.Image.Width, r.Height * placed.Image.Height);

        var image = placed.Image;
        var backdrop = transparentCharacter ? BackdropKind.Gradient
            : image.Left <= 1e-9 && image.Top <= 1e-9 && image.Right >= 1 - 1e-9 && image.Bottom >= 1 - 1e-9 ? BackdropKind.None
            : BackdropKind.BlurredFill;
        var head = OnStage(shape.Head);
        return new StageLayout(stageWidth, stageHeight, image, OnStage(shape.Box), backdrop)
        {
            Head = head,
            Mass = OnStage(shape.Mass),
            Grounded = placed.Grounded,
            Faded = placed.Faded,
            Choice = new FramingChoice(FramingChoice.PositionOf(head.CenterX), shape.Facing, placed.Grounded, placed.Fitted, shape.Heads, placed.Faded),
        };
    }

    private readonly record struct Placement(NormalizedRect Image, CutEdges Grounded, bool Fitted, CutEdges Faded = CutEdges.None);

    /// <summary>The choices, in stage units (0–1 on both axes; the frame at rest shows the whole stage).</summary>
    private sealed class Rules(OutputFormat format, SubjectShape shape)
    {
        private readonly bool _portrait = format.IsPortrait;

        // The head's top sits at least here: below the app's UI and a title at the top of the safe area.
        private double HeadTop => _portrait ? 0.22 : 0.2;

        // The head's sides stay inside these, with room for the camera's moves.
        private const double HeadSide = 0.12;

        // The head's bottom stays above this: above a short's captions, inside a plain margin otherwise.
        private double HeadBottom => _portrait ? 0.76 : 0.86;

        // Where the head's centre goes when the subject faces one way: a third in wide frames, less in tall ones.
        private double LookRoom => format.Width > format.Height ? 1 / 3.0 : format.Width == format.Height ? 0.4 : 0.46;

        /// <summary>A cut-out character: sized by its own bounds, grounded where the picture cuts it.</summary>
        public Placement CutOut(double aspectRatio)
        {
            var box = shape.Box;
            var grounded = shape.Cut;
            double height;
            if (grounded.HasFlag(CutEdges.Bottom))
            {
                // A bust: its waist on the frame's bottom edge, its head below the title band.
                height = (1 + Overhang - (HeadTop + 0.02)) / (box.Bottom - shape.Head.Top);
            }
            else
            {
                height = (_portrait ? 0.68 : 0.74) / box.Height;
            }
            var width = height * aspectRatio;
            var side = grounded & (CutEdges.Left | CutEdges.Right);
            var maxWidth = side != CutEdges.None ? 0.8 : 0.9;
            if (width * box.Width > maxWidth)
            {
                var shrink = maxWidth / (width * box.Width);
                (width, height) = (width * shrink, height * shrink);
            }
            if (side is CutEdges.Left or CutEdges.Right)
            {
                // Leaning in from a side: large enough that the head clears that side, as a closer
                // shot would have it, up to the subject filling the frame's height.
                var reach = side == CutEdges.Left ? shape.Head.Left - box.Left : box.Right - shape.Head.Right;
                var needed = reach > 0 ? (HeadSide + 0.02 + Overhang) / reach : width;
                var most = 0.95 / box.Height * aspectRatio;
                if (needed > width)
                {
                    var grow = Math.Min(needed, Math.Max(most, width)) / width;
                    (width, height) = (width * grow, height * grow);
                }
            }

            double top;
            if (grounded.HasFlag(CutEdges.Bottom))
            {
                top = 1 + Overhang - box.Bottom * height;
            }
            else
            {
                var subjectTop = Math.Max(HeadTop, (1 - box.Height * height) / 2);
                top = subjectTop - box.Top * height;
            }

            double left;
            var faded = CutEdges.None;
            if (side == CutEdges.Left && -Overhang + (shape.Head.Left - box.Left) * width >= HeadSide)
            {
                left = -Overhang - box.Left * width;
            }
            else if (side == CutEdges.Right && 1 + Overhang - (box.Right - shape.Head.Right) * width <= 1 - HeadSide)
            {
                left = 1 + Overhang - box.Right * width;
            }
            else
            {
                // Held against its side, the head would be cut: the subject stands free and its cut
                // side dissolves into the backdrop instead of ending in a hard line.
                faded = side;
                grounded &= ~side;
                left = Horizontal(width, coverage: null, opaque: false);
            }
            return new Placement(new NormalizedRect(left, top, width, height), grounded & (CutEdges.Bottom | CutEdges.Left | CutEdges.Right), Fitted: false, faded);
        }

        /// <summary>
        /// Opaque art: cropped to fill when the shapes are close, else shown larger than fitting
        /// over a blurred fill; less is cropped whenever the crop would cut the head or the mass.
        /// </summary>
        public Placement Opaque(double aspectRatio)
        {
            var containHeight = Math.Min(1, 1 / aspectRatio);
            var coverHeight = Math.Max(1, 1 / aspectRatio);
            var mismatch = coverHeight / containHeight;
            var height = mismatch <= CoverTolerance ? coverHeight : containHeight * Math.Min(mismatch, MaxFill);
            while (true)
            {
                var width = height * aspectRatio;
                var atContain = height <= containHeight * 1.0001;
                var left = Horizontal(width, coverage: width >= 1 ? (1 - width, 0) : null, opaque: true);
                var top = Vertical(height, width);
                if (atContain || Keeps(left, top, width, height))
                {
                    if (atContain)
                    {
                        // The whole picture is in view; if the head still sits against a side, move
                        // the picture in and let the fill show beside it rather than cut the head.
                        var keepLeft = HeadSide - shape.Head.Left * width;
                        var keepRight = 1 - HeadSide - shape.Head.Right * width;
                        if (keepLeft <= keepRight)
                        {
                            left = Math.Clamp(left, keepLeft, keepRight);
                        }
                    }
                    var grounded = shape.Cut.HasFlag(CutEdges.Bottom) && top + height <= 1 + 1e-9 && top + height >= 1 - 1e-9 && height < 1
                        ? CutEdges.Bottom : CutEdges.None;
                    var fitted = height < (mismatch <= CoverTolerance ? coverHeight : containHeight * Math.Min(mismatch, MaxFill)) - 1e-9;
                    return new Placement(new NormalizedRect(left, top, width, height), grounded, fitted);
                }
                height = Math.Max(containHeight, height / 1.06);
            }
        }

        // The head's centre where its look room puts it; a front-facing subject's mass in the middle
        // (an opaque picture narrower than the frame is centred, its fill even on both sides).
        private double Horizontal(double width, (double Min, double Max)? coverage, bool opaque)
        {
            var head = shape.Head;
            var left = shape.Facing switch
            {
                Facing.Right => LookRoom - head.CenterX * width,
                Facing.Left => 1 - LookRoom - head.CenterX * width,
                _ => 0.5 - shape.Mass.CenterX * width,
            };
            if (shape.Heads > 1)
            {
                left = 0.5 - (head.Left + head.Width / 2) * width;
            }
            // The head inside the sides when the picture allows it.
            left = Math.Clamp(left, Math.Min(HeadSide - head.Left * width, 1 - HeadSide - head.Right * width), Math.Max(HeadSide - head.Left * width, 1 - HeadSide - head.Right * width));
            if (coverage is { } range)
            {
                left = Math.Clamp(left, range.Min, range.Max);
            }
            else if (opaque && width < 1 && shape.Heads <= 1 && shape.Facing == Facing.Front)
            {
                left = (1 - width) / 2;
            }
            return left;
        }

        // Opaque art: the subject centred when it fits under the title band, else the head just
        // below it; a picture shorter than the frame sits on the bottom when its subject is cut there.
        private double Vertical(double height, double width)
        {
            var box = shape.Box;
            var head = shape.Head;
            if (height >= 1)
            {
                var centred = 0.5 - (box.Top + box.Height / 2) * height;
                var headBelowTitle = HeadTop + 0.02 - head.Top * height;
                var top = box.Height * height <= 1 - HeadTop ? Math.Max(centred, headBelowTitle) : headBelowTitle;
                // A picture that covers the frame's width is not lowered from its top (a band of fill
                // above a full-width picture looks broken); one already framed by fill at its sides may be.
                return Math.Clamp(top, 1 - height, width < 1 ? Math.Max(0, headBelowTitle) : 0);
            }
            if (shape.Cut.HasFlag(CutEdges.Bottom))
            {
                return 1 - height;
            }
            return Math.Min(Math.Max((1 - height) / 2, HeadTop - head.Top * height), 1 - height);
        }

        // The head within the sides, below the title band and above the bottom margin; the mass within the frame.
        private bool Keeps(double left, double top, double width, double height)
        {
            var head = shape.Head;
            var mass = shape.Mass;
            var headLeft = left + head.Left * width;
            var headRight = left + head.Right * width;
            var headTop = top + head.Top * height;
            var massLeft = left + mass.Left * width;
            var massRight = left + mass.Right * width;
            var massTop = top + mass.Top * height;
            var headBottom = top + head.Bottom * height;
            return headLeft >= HeadSide - 1e-9 && headRight <= 1 - HeadSide + 1e-9
                && headTop >= HeadTop - 0.03 && headBottom <= HeadBottom
                && massLeft >= 0.02 && massRight <= 0.98 && massTop >= 0;
        }
    }
}
