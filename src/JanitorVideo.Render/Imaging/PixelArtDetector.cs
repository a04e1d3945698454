using JanitorVideo.Render.Compose;
using SkiaSharp;

namespace JanitorVideo.Render.Imaging;

/// <summary>
/// What <see cref="PixelArtDetector"/> measured of a picture, at its art pixels' own size.
/// </summary>
/// <param name="Block">Source pixels per art pixel, each way: 4 for art enlarged 4× by nearest neighbour, else 1.</param>
/// <param name="Width">Width in art pixels.</param>
/// <param name="Height">Height in art pixels.</param>
/// <param name="Colours">Distinct fully opaque colours, counted up to <see cref="PixelArtDetector.MaxColours"/> + 1.</param>
/// <param name="RareColours">Of those, the ones so few pixels use that they are blends, not a palette.</param>
/// <param name="PartialAlpha">Share of visible pixels that are neither transparent nor opaque.</param>
/// <param name="SoftSteps">Share of differing neighbours (both opaque) that differ only slightly: gradients.</param>
public sealed record PixelArtTraits(int Block, int Width, int Height, int Colours, int RareColours, double PartialAlpha, double SoftSteps)
{
    /// <summary>True when every test says pixel art: small, hard-edged, a small palette, few gradients.</summary>
    public bool IsPixelArt =>
        Math.Max(Width, Height) <= PixelArtDetector.MaxSide && Math.Min(Width, Height) >= PixelArtDetector.MinSide
        && Colours is >= 2 and <= PixelArtDetector.MaxColours
        && RareColours <= Math.Max(PixelArtDetector.MinRareAllowed, Colours / PixelArtDetector.RarePerColours)
        && PartialAlpha <= PixelArtDetector.MaxPartialAlpha
        && SoftSteps <= PixelArtDetector.MaxSoftSteps;
}

/// <summary>
/// Tells pixel art (a small picture of hard-edged pixels from a small palette, maybe enlarged by
/// a whole factor with nearest neighbour) from everything else, which must be drawn smoothly.
/// Pure arithmetic on the decoded frames; a photo fails at its first row.
/// </summary>
/// <remarks>
/// The limits, and why:
/// <list type="bullet">
/// <item>At most <see cref="MaxSide"/> art pixels on the long side: sprites (16–128), tiles and whole
/// screens (256×224 consoles, 320×180 scenes, which fill 1080p at 6×) are drawn that small; a larger
/// picture would be enlarged 3× or less, so it is an illustration more often than pixel art.</item>
/// <item>At least <see cref="MinSide"/> on the short side: less is a bar or a dot, not a drawing.</item>
/// <item>2–<see cref="MaxColours"/> opaque colours: pixel-art palettes run from 4 (consoles' sprites)
/// to 16–64 (DB32, Endesga 64); anti-aliasing, gradients and photos pass 64 within a few rows.</item>
/// <item>Rare colours (used by at most <see cref="RareUses"/> pixels a frame) at most a quarter of the
/// palette: a palette's colours recur, while every anti-aliased edge pixel is a blend of its own.</item>
/// <item>At most <see cref="MaxPartialAlpha"/> of the visible pixels partly transparent: pixel art is
/// opaque or clear, while an anti-aliased cut-out has a soft rim all round (5–20% of a small icon).</item>
/// <item>At most <see cref="MaxSoftSteps"/> of the neighbour changes below <see cref="SoftStep"/> on every
/// channel: pixel art's shades step by 16 or more, gradients and noise by a few levels.</item>
/// </list>
/// </remarks>
public static unsafe class PixelArtDetector
{
    public const int MaxSide = 320;
    public const int MinSide = 8;
    public const int MaxColours = 64;
    public const double MaxPartialAlpha = 0.01;
    public const double MaxSoftSteps = 0.10;

    /// <summary>Neighbours whose channels all differ by less than this are a gradient's step.</summary>
    public const int SoftStep = 12;

    /// <summary>A colour used by at most this many pixels a frame is rare.</summary>
    public const int RareUses = 2;

    internal const int MinRareAllowed = 2;
    internal const int RarePerColours = 4;

    /// <summary>Art enlarged more than this before upload is treated as this: past it nothing looks different.</summary>
    public const int MaxBlock = 32;

    /// <summary>Measures <paramref name="image"/>'s frames (all of an animation's, as one).</summary>
    public static PixelArtTraits Measure(SourceImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var frames = image.Frames.Select(frame => frame.Bitmap).ToList();
        return Measure(frames, BlockSize(frames));
    }

    /// <summary>
    /// The largest whole factor the frames could have been enlarged by with nearest neighbour: the
    /// greatest common divisor of every run of equal pixels across and down (1 when any run is a
    /// single pixel), at most <see cref="MaxBlock"/>.
    /// </summary>
    public static int BlockSize(IReadOnlyList<SKBitmap> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        var gcd = 0;
        foreach (var frame in frames)
        {
            gcd = Runs(Pixels.Of(frame), gcd);
            if (gcd == 1)
            {
                return 1;
            }
        }

        // A block must divide the found factor; take the largest one allowed.
        for (var block = Math.Min(gcd, MaxBlock); block > 1; block--)
        {
            if (gcd % block == 0)
            {
                return block;
            }
        }

        return 1;
    }

    /// <summary>Measures the frames read at one pixel per <paramref name="block"/>.</summary>
    public static PixelArtTraits Measure(IReadOnlyList<SKBitmap> frames, int block)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentOutOfRangeException.ThrowIfLessThan(block, 1);
        var uses = new Dictionary<uint, int>();
        var tooMany = false;
        long visible = 0, partial = 0, changes = 0, soft = 0;
        var width = frames[0].Width / block;
        var height = frames[0].Height / block;
        foreach (var frame in frames)
        {
            var art = new ArtPixels(Pixels.Of(frame), block);
            for (var y = 0; y < art.Height; y++)
            {
                for (var x = 0; x < art.Width; x++)
                {
                    var p = art.At(x, y);
                    var alpha = p >> 24;
                    if (alpha == 0)
                    {
                        continue;
                    }

                    visible++;
                    if (alpha != 255)
                    {
                        partial++;
                        continue;
                    }

                    if (uses.TryGetValue(p, out var count))
                    {
                        uses[p] = count + 1;
                    }
                    else if (uses.Count <= MaxColours)
                    {
                        uses[p] = 1;
                    }
                    else
                    {
                        tooMany = true;
                    }

                    // Each neighbouring pair once: the one to the right and the one below.
                    Compare(p, x + 1 < art.Width ? art.At(x + 1, y) : 0, ref changes, ref soft);
                    Compare(p, y + 1 < art.Height ? art.At(x, y + 1) : 0, ref changes, ref soft);
                }
            }
        }

        var rare = uses.Values.Count(count => count <= RareUses * frames.Count);
        return new PixelArtTraits(
            block,
            width,
            height,
            tooMany ? MaxColours + 1 : uses.Count,
            rare,
            visible == 0 ? 0 : (double)partial / visible,
            changes == 0 ? 0 : (double)soft / changes);
    }

    /// <summary>The traits when they are pixel art's, else null.</summary>
    public static PixelArtTraits? Detect(SourceImage image) => Measure(image) is { IsPixelArt: true } traits ? traits : null;

    private static void Compare(uint p, uint q, ref long changes, ref long soft)
    {
        if (q >> 24 != 255 || q == p)
        {
            return;
        }

        changes++;
        var most = 0;
        for (var shift = 0; shift < 24; shift += 8)
        {
            most = Math.Max(most, Math.Abs((int)(p >> shift & 0xFF) - (int)(q >> shift & 0xFF)));
        }

        soft += most < SoftStep ? 1 : 0;
    }

    // Folds into gcd the length of every run of equal pixels along the rows and down the columns.
    private static int Runs(Pixels image, int gcd)
    {
        var runStart = new int[image.Width];
        for (var y = 0; y < image.Height; y++)
        {
            var row = image.Row(y);
            var run = 1;
            for (var x = 1; x < image.Width; x++)
            {
                if (row[x] == row[x - 1])
                {
                    run++;
                    continue;
                }

                gcd = Gcd(gcd, run);
                if (gcd == 1)
                {
                    return 1;
                }

                run = 1;
            }

            gcd = Gcd(gcd, run);
            if (y == 0)
            {
                continue;
            }

            var above = image.Row(y - 1);
            for (var x = 0; x < image.Width; x++)
            {
                if (row[x] != above[x])
                {
                    gcd = Gcd(gcd, y - runStart[x]);
                    if (gcd == 1)
                    {
                        return 1;
                    }

                    runStart[x] = y;
                }
            }
        }

        for (var x = 0; x < image.Width; x++)
        {
            gcd = Gcd(gcd, image.Height - runStart[x]);
        }

        return gcd;
    }

    private static int Gcd(int a, int b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
