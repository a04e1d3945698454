using SkiaSharp;

namespace JanitorVideo.SampleArt;

/// <summary>
/// The framing test set (issue 13): character pictures whose subject, heads, cut edges and facing
/// are known because they are measured from the shapes drawn. Deterministic: every case draws the
/// same pixels each time (the painted backgrounds use fixed seeds).
/// </summary>
public static class FramingSet
{
    public static IReadOnlyList<FramingCase> All { get; } =
    [
        Composed("bust-transparent", "A half-body portrait of a bard on a transparent background, cut at the waist by the bottom edge, facing front.",
            Facing.Front, BustTransparent),
        Composed("bust-photo", "An opaque half-body portrait against a studio backdrop, turned to look right, cut at the chest by the bottom edge.",
            Facing.Right, BustPhoto),
        Composed("left-painted", "A square painted meadow with a hooded ranger standing on the left, her face at about a quarter of the width, looking right.",
            Facing.Right, LeftPainted),
        Composed("right-painted", "A landscape painting of a lake at dusk with a wizard standing in the right third, looking left.",
            Facing.Left, RightPainted),
        Composed("full-figure-white", "A tall knight, helmet to boots, on a plain white background, facing front.",
            Facing.Front, FullFigureWhite),
        Composed("side-cut-transparent", "A traveller with a lantern leaning in from the left on a transparent background, her cape and skirt cut by the left edge, looking right.",
            Facing.Right, SideCutTransparent),
        Composed("wide-group", "A wide painted meadow at golden hour with three characters side by side: the outer two turned towards the middle one.",
            Facing.Front, WideGroup),
        Pixel("sprite-72", "A 72x72 pixel-art knight for a game, facing right, on a transparent background: hard edges, eleven colours.",
            [Sprite.Standing()], []),
        Pixel("sprite-walk-gif", "The pixel-art knight walking: a looping four-frame GIF with a longer third frame, on a transparent background.",
            [.. Enumerable.Range(0, Sprite.Walk.Count).Select(Sprite.Step)], [120, 120, 200, 120]),
    ];

    public static FramingCase Get(string name) =>
        All.FirstOrDefault(c => c.Name == name) ?? throw new ArgumentException($"No framing case is called '{name}'.", nameof(name));

    private static FramingCase Composed(string name, string description, Facing facing, Func<Composition> compose)
    {
        using var composition = compose();
        var picture = new SKRect(0, 0, composition.Width, composition.Height);
        var whole = composition.Figures.Select(f => f.Figure.Bounds(f.Placement, headOnly: false)).Aggregate(SKRect.Union);
        var cut = CutEdges.None;
        cut |= whole.Left < 0 ? CutEdges.Left : CutEdges.None;
        cut |= whole.Right > picture.Right ? CutEdges.Right : CutEdges.None;
        cut |= whole.Top < 0 ? CutEdges.Top : CutEdges.None;
        cut |= whole.Bottom > picture.Bottom ? CutEdges.Bottom : CutEdges.None;
        return new FramingCase(() => [Render(compose)])
        {
            Name = name,
            Description = description,
            Width = composition.Width,
            Height = composition.Height,
            SubjectBox = InPicture(composition.Figures.Select(f => f.Figure.Bounds(f.Placement, headOnly: false, picture)).Aggregate(SKRect.Union), composition),
            Heads = [.. composition.Figures.Select(f => InPicture(f.Figure.Bounds(f.Placement, headOnly: true, picture), composition))],
            CutEdges = cut,
            Facing = facing,
            Transparent = composition.Background is null,
        };
    }

    private static FramingCase Pixel(string name, string description, IReadOnlyList<Sprite> frames, IReadOnlyList<int> durationsMs) =>
        new(() => [.. frames.Select(frame => frame.ToBitmap())])
        {
            Name = name,
            Description = description,
            Width = Sprite.Size,
            Height = Sprite.Size,
            SubjectBox = frames.Select(frame => frame.Bounds(headOnly: false)).Aggregate(SKRectI.Union),
            Heads = [frames.Select(frame => frame.Bounds(headOnly: true)).Aggregate(SKRectI.Union)],
            CutEdges = CutEdges.None,
            Facing = Facing.Right,
            Transparent = true,
            ArtPixelSize = 1,
            Palette = Sprite.Colours,
            FrameDurationsMs = durationsMs,
        };

    private static SKBitmap Render(Func<Composition> compose)
    {
        using var composition = compose();
        var bitmap = new SKBitmap(new SKImageInfo(composition.Width, composition.Height, SKColorType.Bgra8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Transparent);
        composition.Background?.Invoke(bitmap, canvas);
        foreach (var (figure, placement) in composition.Figures)
        {
            figure.Draw(canvas, placement);
        }
        return bitmap;
    }

    // Whole pixels that any part of the shape touches, kept inside the picture.
    private static SKRectI InPicture(SKRect bounds, Composition composition)
    {
        var outward = new SKRectI((int)Math.Floor(bounds.Left), (int)Math.Floor(bounds.Top), (int)Math.Ceiling(bounds.Right), (int)Math.Ceiling(bounds.Bottom));
        return SKRectI.Intersect(outward, new SKRectI(0, 0, composition.Width, composition.Height));
    }

    private static Composition BustTransparent() => new(800, 900, null,
        (Figure.Of(new Look(false, Hairstyle.Bob, Headwear.Leaves, Prop.None,
            Skin: new(0xF5, 0xD0, 0xB0), Hair: new(0xA0, 0x50, 0x2E), Eyes: new(0x2C, 0x3E, 0x50),
            Outfit: new(0x2F, 0x8F, 0x8A), OutfitShade: new(0x1D, 0x5E, 0x5A), Sleeve: new(0x3A, 0xA3, 0x9C),
            Trim: new(0xE8, 0xC8, 0x6A), Boots: new(0x6B, 0x45, 0x2A), Accent: new(0x8E, 0xD0, 0x6A))),
            Figure.Portrait(400, 70, 1.05f)));

    private static Composition BustPhoto() => new(900, 1100,
        (bitmap, canvas) => Scenery.Studio(bitmap, canvas, new SKPoint(520, 420), new SKColor(0x9A, 0xA8, 0xB4), new SKColor(0x2E, 0x36, 0x40), seed: 11),
        (Figure.Of(new Look(true, Hairstyle.Ponytail, Headwear.None, Prop.None,
            Skin: new(0xE0, 0xAC, 0x88), Hair: new(0x2A, 0x22, 0x30), Eyes: new(0x3A, 0x2A, 0x1E),
            Outfit: new(0x8C, 0x2F, 0x45), OutfitShade: new(0x5A, 0x1C, 0x2E), Sleeve: new(0x9E, 0x3A, 0x52),
            Trim: new(0xD8, 0xD0, 0xC0), Boots: new(0x3A, 0x2A, 0x24), Accent: new(0xD8, 0xD0, 0xC0))),
            Figure.Portrait(460, 120, 1.3f)));

    private static Composition LeftPainted() => new(1200, 1200,
        (bitmap, canvas) => Scenery.Meadow(bitmap, canvas, new Palette(new(0x4A, 0x7F, 0xC8), new(0xF4, 0xE6, 0xBC), new(0xFF, 0xF2, 0xC0),
            new(0x8F, 0xA3, 0xC0), new(0x8D, 0xB8, 0x70), new(0x5E, 0x9A, 0x4E), new(0x3E, 0x7A, 0x3A), new(0x2F, 0x6A, 0x36)), seed: 21),
        (Figure.Of(new Look(true, Hairstyle.Bob, Headwear.Hood, Prop.Lantern,
            Skin: new(0xF2, 0xC9, 0xA6), Hair: new(0x6B, 0x3E, 0x22), Eyes: new(0x2E, 0x5A, 0x3A),
            Outfit: new(0x7A, 0x5A, 0x3A), OutfitShade: new(0x4A, 0x34, 0x22), Sleeve: new(0x8A, 0x6A, 0x48),
            Trim: new(0xD8, 0xB0, 0x60), Boots: new(0x3A, 0x2A, 0x1E), Accent: new(0x3C, 0x6E, 0x47), Cape: new(0x2E, 0x5A, 0x3A))),
            Figure.Standing(295, 1080, 0.52f)));

    private static Composition RightPainted() => new(1600, 1000,
        (bitmap, canvas) => Scenery.Lake(bitmap, canvas, new Palette(new(0x2B, 0x2A, 0x5A), new(0xE8, 0x8A, 0x6A), new(0xFF, 0xD9, 0xA0),
            new(0x5A, 0x4A, 0x7A), new(0x3E, 0x3A, 0x5E), new(0x2E, 0x3A, 0x30), new(0x1A, 0x24, 0x1C), new(0x1E, 0x33, 0x26)), seed: 31),
        (Figure.Of(new Look(true, Hairstyle.Bob, Headwear.WizardHat, Prop.Staff,
            Skin: new(0xF0, 0xC8, 0xA0), Hair: new(0xE8, 0xD0, 0x8A), Eyes: new(0x30, 0x50, 0xA0),
            Outfit: new(0x3A, 0x4F, 0xA0), OutfitShade: new(0x1E, 0x2A, 0x60), Sleeve: new(0x4A, 0x60, 0xB8),
            Trim: new(0xF0, 0xD0, 0x70), Boots: new(0x2A, 0x20, 0x30), Accent: new(0x6A, 0x44, 0xB0))),
            Figure.Standing(1280, 905, 0.40f, mirrored: true)));

    private static Composition FullFigureWhite() => new(700, 1800,
        (_, canvas) => canvas.Clear(SKColors.White),
        (Figure.Of(Knight(false, new(0x2A, 0x5A, 0xA8), new(0x1A, 0x3A, 0x70), new(0xC0, 0x39, 0x2B))), Figure.Standing(350, 1745, 1f)));

    private static Composition SideCutTransparent() => new(900, 1200, null,
        (Figure.Of(new Look(true, Hairstyle.Ponytail, Headwear.None, Prop.Lantern,
            Skin: new(0x8D, 0x5A, 0x3C), Hair: new(0x1E, 0x1A, 0x1A), Eyes: new(0x2A, 0x1A, 0x10),
            Outfit: new(0xD0, 0x7A, 0x2A), OutfitShade: new(0x8A, 0x4A, 0x1A), Sleeve: new(0xE0, 0x8C, 0x3A),
            Trim: new(0xF4, 0xE4, 0xC0), Boots: new(0x3A, 0x2A, 0x20), Accent: new(0xFF, 0xD2, 0x7A), Cape: new(0x5A, 0x2E, 0x7A))),
            Figure.Standing(150, 1160, 0.72f, tiltDegrees: 10)));

    private static Composition WideGroup() => new(2000, 900,
        (bitmap, canvas) => Scenery.Meadow(bitmap, canvas, new Palette(new(0x5A, 0x6A, 0xB0), new(0xF8, 0xC8, 0x90), new(0xFF, 0xE8, 0xB0),
            new(0x9A, 0x88, 0xA8), new(0xA0, 0xB0, 0x70), new(0x7A, 0x9A, 0x50), new(0x4E, 0x7A, 0x3A), new(0x3A, 0x5E, 0x30)), seed: 41),
        (Figure.Of(new Look(true, Hairstyle.Bob, Headwear.None, Prop.Lantern,
            Skin: new(0xF5, 0xD0, 0xB0), Hair: new(0xE0, 0xB0, 0x60), Eyes: new(0x2C, 0x3E, 0x50),
            Outfit: new(0xC0, 0x40, 0x3A), OutfitShade: new(0x7A, 0x24, 0x20), Sleeve: new(0xD0, 0x54, 0x4A),
            Trim: new(0xF4, 0xE4, 0xC0), Boots: new(0x4A, 0x30, 0x20), Accent: new(0xFF, 0xD2, 0x7A))),
            Figure.Standing(560, 855, 0.44f)),
        (Figure.Of(new Look(false, Hairstyle.Bob, Headwear.WizardHat, Prop.Staff,
            Skin: new(0xE8, 0xB8, 0x94), Hair: new(0x3A, 0x2A, 0x2A), Eyes: new(0x2A, 0x1E, 0x1A),
            Outfit: new(0x6A, 0x3A, 0x8A), OutfitShade: new(0x3A, 0x1E, 0x50), Sleeve: new(0x7A, 0x4A, 0x9A),
            Trim: new(0xF0, 0xD0, 0x70), Boots: new(0x2A, 0x20, 0x30), Accent: new(0x2A, 0x7A, 0x8A))),
            Figure.Standing(1000, 855, 0.44f)),
        (Figure.Of(Knight(true, new(0x2A, 0x7A, 0x5A), new(0x1A, 0x4A, 0x36), new(0xE0, 0xA0, 0x30))), Figure.Standing(1440, 855, 0.44f, mirrored: true)));

    private static Look Knight(bool turned, SKColor tabard, SKColor shade, SKColor plume) =>
        new(turned, Hairstyle.Bob, Headwear.Helmet, Prop.None,
            Skin: new(0xF2, 0xC9, 0xA6), Hair: new(0x5A, 0x3A, 0x22), Eyes: new(0x2C, 0x3E, 0x50),
            Outfit: tabard, OutfitShade: shade, Sleeve: new(0x8C, 0x9A, 0xA8),
            Trim: new(0xE8, 0xC8, 0x6A), Boots: new(0x4A, 0x3A, 0x30), Accent: plume);

    /// <summary>A picture's size, its opaque background (none: transparent) and its placed figures.</summary>
    private sealed class Composition(int width, int height, Action<SKBitmap, SKCanvas>? background, params (Figure Figure, SKMatrix Placement)[] figures) : IDisposable
    {
        public int Width { get; } = width;

        public int Height { get; } = height;

        public Action<SKBitmap, SKCanvas>? Background { get; } = background;

        public IReadOnlyList<(Figure Figure, SKMatrix Placement)> Figures { get; } = figures;

        public void Dispose()
        {
            foreach (var (figure, _) in Figures)
            {
                figure.Dispose();
            }
        }
    }
}
